import { NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatMoney, formatNumber, type MoneyStyle } from '../../../../src-main/domain/format';
import { PROPOSAL_TIME_FIELDS, PROPOSAL_TIME_LABELS, type ProposalTimeField } from '../../../../src-main/domain/proposal';
import type { ProposalPricing } from '../../../../src-main/domain/proposal-pricing';
import type { ProposalForm } from './proposal-form';

const HINTS: Record<ProposalTimeField, string> = {
  projectManagementHours: 'Planning and scheduling',
  implementationHours: 'The work itself',
  standbyHours: 'After go-live',
  closeOutHours: 'Checks and sign-off',
};

/** The four blocks of time, billed at the labour rate without markup. */
export function TimeEditor({ form, pricing, money, readOnly }: { form: ProposalForm; pricing: ProposalPricing; money: MoneyStyle; readOnly: boolean }) {
  const { labour } = pricing;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {PROPOSAL_TIME_FIELDS.map((field) => (
          <NumberInput
            key={field}
            label={PROPOSAL_TIME_LABELS[field]}
            suffix=" h"
            description={HINTS[field]}
            min={0}
            max={100_000}
            decimalScale={2}
            step={0.5}
            clampBehavior="none"
            readOnly={readOnly}
            {...form.getInputProps(`time.${field}`)}
          />
        ))}
      </SimpleGrid>
      <Text size="sm" data-testid="labour-line">
        Labour: {formatNumber(labour.hours, money.locale)} h × {formatMoney(labour.rateCents, money)} = <strong>{formatMoney(labour.priceCents, money)}</strong>
        <Text span size="xs" c="dimmed">
          {' '}
          (your labour rate, no markup)
        </Text>
      </Text>
    </Stack>
  );
}
