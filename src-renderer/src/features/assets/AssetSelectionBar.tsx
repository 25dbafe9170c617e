import { Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCurrencyDollar, IconRoute, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { Asset } from '../../../../src-main/domain/asset';
import type { ReplacementOutlook } from '../../../../src-main/domain/asset-replacement';
import type { Client } from '../../../../src-main/domain/client';
import { useChange } from '../../api';
import { keptButNotSaved } from '../../components/forms';
import { MoneyInput } from '../../components/MoneyInput';
import { useMoneyStyle } from '../../components/settings-hooks';
import { ReplaceWithInitiativeModal } from './ReplaceWithInitiativeModal';

function SetUnitCostModal({ assets, opened, onClose, onDone }: { assets: Asset[]; opened: boolean; onClose: () => void; onDone: () => void }) {
  const update = useChange('assets.updateMany');
  const money = useMoneyStyle();
  const [cents, setCents] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    if (cents === null || Number.isNaN(cents)) {
      setError('Enter the unit cost');
      return;
    }
    update.mutate(
      { ids: assets.map((asset) => asset.id), changes: { unitCostCents: cents } },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: `Unit cost set for ${assets.length} ${assets.length === 1 ? 'asset' : 'assets'}.` });
          onDone();
        },
        onError: (failure) => (keptButNotSaved(failure) ? onDone() : setError(failure.message)),
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Set the unit cost of ${assets.length} ${assets.length === 1 ? 'asset' : 'assets'}`} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack>
          <MoneyInput label="Unit cost" description="What one unit costs you; replacements use it unless an asset has its own replacement cost." money={money} value={cents} onChange={(value) => {
              setCents(value);
              setError(null);
            }} error={error} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Set unit cost
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** What can be done with the assets ticked in the grid. */
export function AssetSelectionBar({ client, assets, outlookOf, onDone }: { client: Client; assets: Asset[]; outlookOf: (asset: Asset) => ReplacementOutlook; onDone: () => void }) {
  const [action, setAction] = useState<'cost' | 'initiative' | null>(null);
  const finish = () => {
    setAction(null);
    onDone();
  };
  return (
    <Card withBorder padding="xs" data-testid="asset-selection">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {assets.length} {assets.length === 1 ? 'asset' : 'assets'} selected
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="light" leftSection={<IconCurrencyDollar size={14} />} onClick={() => setAction('cost')}>
            Set unit cost…
          </Button>
          <Button size="xs" variant="light" leftSection={<IconRoute size={14} />} onClick={() => setAction('initiative')}>
            Replace with an initiative…
          </Button>
          <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={onDone}>
            Clear selection
          </Button>
        </Group>
      </Group>
      <SetUnitCostModal assets={assets} opened={action === 'cost'} onClose={() => setAction(null)} onDone={finish} />
      <ReplaceWithInitiativeModal client={client} assets={assets} outlookOf={outlookOf} opened={action === 'initiative'} onClose={() => setAction(null)} onDone={finish} />
    </Card>
  );
}
