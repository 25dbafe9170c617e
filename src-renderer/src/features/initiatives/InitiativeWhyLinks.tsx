import { Stack, Text } from '@mantine/core';
import { indexLinkTargets, whyLinks, type LinkTargets } from '../../../../src-main/domain/initiative-links';
import type { InitiativeFields } from '../../../../src-main/domain/initiative';
import { WhyChips } from './WhyChips';

/** The editor's view of the why: each link as a chip that opens what it points to (an unsaved form asks first). */
export function InitiativeWhyLinks({ clientId, why, targets }: { clientId: string; why: InitiativeFields['why']; targets: LinkTargets }) {
  const links = whyLinks({ ...why, clientRequest: '' }, indexLinkTargets(targets));
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        What it answers
      </Text>
      <WhyChips links={links} clientId={clientId} interactive />
    </Stack>
  );
}
