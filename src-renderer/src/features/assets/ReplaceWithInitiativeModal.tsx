import { Alert, Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { Asset } from '../../../../src-main/domain/asset';
import { replacementCostOf, type ReplacementOutlook } from '../../../../src-main/domain/asset-replacement';
import type { Client } from '../../../../src-main/domain/client';
import { formatMoney } from '../../../../src-main/domain/format';
import { INITIATIVE_DEFAULTS } from '../../../../src-main/domain/initiative';
import { fiscalQuarterOfMonth, quarterKey, type Month } from '../../../../src-main/domain/months';
import { useChange, useChannel } from '../../api';
import { keptButNotSaved } from '../../components/forms';
import { MoneyInput } from '../../components/MoneyInput';
import { useMoneyStyle, useSettings } from '../../components/settings-hooks';
import { useToday } from '../../components/useToday';
import { quarterFromKey, quarterOptions } from '../initiatives/quarter-options';

type Mode = 'new' | 'existing';

function defaultTitle(assets: readonly Asset[]): string {
  if (assets.length === 1) return `Replace the ${assets[0]!.name}`.slice(0, 200);
  return `Replace ${assets.length} assets`;
}

/** The quarter of the soonest replacement among the assets, and never one already past. */
function soonestQuarterKey(assets: readonly Asset[], outlookOf: (asset: Asset) => ReplacementOutlook, today: Month, fiscalStart: number): string {
  const months = assets.map((asset) => outlookOf(asset).nextDue).filter((month): month is Month => month !== null);
  const soonest = months.reduce((first, month) => (month < first ? month : first), '9999-12');
  return quarterKey(fiscalQuarterOfMonth(soonest < today || soonest === '9999-12' ? today : soonest, fiscalStart));
}

/**
 * Turns a selection of assets into the initiative that replaces them (PRODUCT.md §5): a new one,
 * priced at what their replacement would cost, or an existing one that then lists them too.
 */
export function ReplaceWithInitiativeModal({
  client,
  assets,
  outlookOf,
  opened,
  onClose,
  onDone,
}: {
  client: Client;
  assets: Asset[];
  outlookOf: (asset: Asset) => ReplacementOutlook;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const initiatives = useChannel('initiatives.list', { clientId: client.id });
  const create = useChange('initiatives.create');
  const update = useChange('initiatives.update');
  const money = useMoneyStyle();
  const { settings } = useSettings();
  const today = useToday();
  const suggested = assets.reduce((sum, asset) => sum + replacementCostOf(asset, settings.replacementCosts).costCents, 0);
  const estimated = assets.some((asset) => replacementCostOf(asset, settings.replacementCosts).basis !== 'priced');
  const candidates = (initiatives.data?.initiatives ?? []).filter((item) => item.status !== 'declined' && item.status !== 'done');
  const [mode, setMode] = useState<Mode>('new');
  const [title, setTitle] = useState('');
  const [quarter, setQuarter] = useState<string | null>(null);
  const [oneTime, setOneTime] = useState<number | null>(suggested);
  const [existingId, setExistingId] = useState<string | null>(null);
  const [addCost, setAddCost] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    setMode('new');
    setTitle(defaultTitle(assets));
    setQuarter(soonestQuarterKey(assets, outlookOf, today, client.fiscalYearStartMonth));
    setOneTime(suggested);
    setExistingId(null);
    setAddCost(true);
    setError(null);
    // Start afresh each time the dialog opens for a selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  const already = assets.filter((asset) => outlookOf(asset).replacedBy !== null);
  const finished = (message: string) => {
    notifications.show({ color: 'teal', message });
    onDone();
  };
  const failed = (failure: Error) => (keptButNotSaved(failure) ? onDone() : setError(failure.message));

  const submit = () => {
    const assetIds = assets.map((asset) => asset.id);
    if (mode === 'new') {
      if (!title.trim()) return setError('Give the initiative a title');
      if (oneTime === null || Number.isNaN(oneTime)) return setError('Enter the one-time cost');
      create.mutate(
        {
          clientId: client.id,
          initiative: {
            title: title.trim(),
            startQuarter: quarterFromKey(quarter),
            oneTimeCostCents: oneTime,
            why: { ...INITIATIVE_DEFAULTS.why, assetIds },
          },
        },
        { onSuccess: ({ initiative }) => finished(`${initiative.title} now replaces ${assets.length} ${assets.length === 1 ? 'asset' : 'assets'}.`), onError: failed },
      );
      return;
    }
    const target = candidates.find((item) => item.id === existingId);
    if (!target) return setError('Choose the initiative');
    const listed = new Set(target.why.assetIds);
    const added = assetIds.filter((id) => !listed.has(id));
    const addedCost = assets.filter((asset) => added.includes(asset.id)).reduce((sum, asset) => sum + replacementCostOf(asset, settings.replacementCosts).costCents, 0);
    update.mutate(
      {
        id: target.id,
        changes: {
          why: { ...target.why, assetIds: [...target.why.assetIds, ...added] },
          ...(addCost ? { oneTimeCostCents: target.oneTimeCostCents + addedCost } : {}),
        },
      },
      { onSuccess: ({ initiative }) => finished(`${initiative.title} now replaces ${initiative.why.assetIds.length} assets.`), onError: failed },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Replace with an initiative" size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Text size="sm">
            The initiative pays for the replacement of {assets.length === 1 ? assets[0]!.name : `these ${assets.length} assets`}: their own replacement leaves
            the budget, and the next one follows a lifespan after the initiative starts. Replacing them would cost{' '}
            <b>{formatMoney(suggested, money)}</b>
            {estimated ? ' (partly estimated: some have no price on record)' : ''}.
          </Text>
          {already.length > 0 && (
            <Alert color="yellow" variant="light" p="xs">
              {already.length === 1 ? '1 of them is' : `${already.length} of them are`} already replaced by another initiative; the one that starts first
              replaces an asset.
            </Alert>
          )}
          <SegmentedControl
            value={mode}
            onChange={(value) => setMode(value as Mode)}
            data={[
              { value: 'new', label: 'New initiative' },
              { value: 'existing', label: 'Add to an existing one', disabled: candidates.length === 0 },
            ]}
            aria-label="New or existing initiative"
          />
          {mode === 'new' ? (
            <>
              <TextInput label="Title" required value={title} onChange={(event) => setTitle(event.currentTarget.value)} data-autofocus />
              <Group grow align="flex-start">
                <Select
                  label="Start quarter"
                  data={quarterOptions(today, client.fiscalYearStartMonth, null)}
                  value={quarter}
                  onChange={setQuarter}
                  allowDeselect={false}
                  description="Unscheduled initiatives replace nothing yet"
                />
                <MoneyInput label="One-time cost" description="Suggested: what the replacements would cost" money={money} value={oneTime} onChange={setOneTime} />
              </Group>
            </>
          ) : (
            <>
              <Select
                label="Initiative"
                placeholder="Choose an initiative"
                searchable
                data={candidates.map((item) => ({ value: item.id, label: item.title }))}
                value={existingId}
                onChange={setExistingId}
              />
              <Checkbox label={`Add their replacement cost (${formatMoney(suggested, money)}) to its one-time cost`} checked={addCost} onChange={(event) => setAddCost(event.currentTarget.checked)} />
            </>
          )}
          {error && (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {mode === 'new' ? 'Create initiative' : 'Add to initiative'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
