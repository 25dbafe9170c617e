import { Button, Group, MultiSelect, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { ASSET_CATEGORIES, ASSET_CATEGORY_LABELS, type Asset } from '../../../../src-main/domain/asset';
import { replacementCostOf, replacementOutlook, replacingInitiatives, type ReplacementOutlook } from '../../../../src-main/domain/asset-replacement';
import type { Client } from '../../../../src-main/domain/client';
import { formatMoney, type MoneyStyle } from '../../../../src-main/domain/format';
import { monthLabel } from '../../../../src-main/domain/months';
import { useChannel } from '../../api';
import { useMoneyStyle, useSettings } from '../../components/settings-hooks';
import { useToday } from '../../components/useToday';

interface Choice {
  asset: Asset;
  outlook: ReplacementOutlook;
  costCents: number;
  estimated: boolean;
}

function dueWords(choice: Choice): string {
  const { outlook } = choice;
  if (choice.asset.status === 'retired') return 'retired';
  if (outlook.replacedBy) return `replaced by ${outlook.replacedBy.title}`;
  if (outlook.ageUnknown || !outlook.nextDue) return 'age unknown';
  return outlook.overdue ? `overdue since ${monthLabel(outlook.nextDue)}` : `due ${monthLabel(outlook.nextDue)}`;
}

function costWords(choice: Choice, money: MoneyStyle): string {
  return `${formatMoney(choice.costCents, money)}${choice.estimated ? ' (estimated)' : ''}`;
}

/**
 * The assets an initiative replaces (PRODUCT.md §5): searchable, grouped by category, each with when
 * it is due and what replacing it would cost, and the sum of those costs offered as the one-time cost.
 */
export function ReplacedAssetsPicker({
  client,
  initiativeId,
  value,
  onChange,
  onUseCost,
}: {
  client: Client;
  /** The initiative being edited, whose own claim on the assets is left out when showing when they are due. */
  initiativeId: string | null;
  value: string[];
  onChange: (assetIds: string[]) => void;
  onUseCost: (cents: number) => void;
}) {
  const assets = useChannel('assets.list', { clientId: client.id });
  const initiatives = useChannel('initiatives.list', { clientId: client.id });
  const money = useMoneyStyle();
  const { settings } = useSettings();
  const today = useToday();

  const choices = useMemo(() => {
    const others = (initiatives.data?.initiatives ?? []).filter((item) => item.id !== initiativeId);
    const replacedBy = replacingInitiatives(others, client.fiscalYearStartMonth);
    return new Map<string, Choice>(
      (assets.data?.assets ?? []).map((asset) => {
        const cost = replacementCostOf(asset, settings.replacementCosts);
        return [asset.id, { asset, outlook: replacementOutlook(asset, settings.lifespans, today, replacedBy), costCents: cost.costCents, estimated: cost.basis !== 'priced' }];
      }),
    );
  }, [assets.data, initiatives.data, initiativeId, client.fiscalYearStartMonth, settings.replacementCosts, settings.lifespans, today]);

  const data = ASSET_CATEGORIES.map((category) => ({
    group: ASSET_CATEGORY_LABELS[category],
    items: [...choices.values()]
      .filter((choice) => choice.asset.category === category && (choice.asset.status === 'active' || value.includes(choice.asset.id)))
      .sort((a, b) => (a.outlook.nextDue ?? '9999').localeCompare(b.outlook.nextDue ?? '9999') || a.asset.name.localeCompare(b.asset.name))
      .map((choice) => ({ value: choice.asset.id, label: choice.asset.name })),
  })).filter((group) => group.items.length > 0);

  const picked = value.map((id) => choices.get(id)).filter((choice): choice is Choice => choice !== undefined);
  const suggested = picked.reduce((sum, choice) => sum + choice.costCents, 0);

  return (
    <Stack gap="xs">
      <MultiSelect
        label="Assets it replaces"
        description="Their own replacement leaves the budget: this initiative pays for it. Search by name; assets are grouped by category."
        placeholder={data.length === 0 ? 'No assets recorded for this client' : 'Pick assets'}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': 'Remove every asset' }}
        nothingFoundMessage="No asset by that name"
        data={data}
        value={value}
        onChange={onChange}
        renderOption={({ option }) => {
          const choice = choices.get(option.value);
          return (
            <Stack gap={0}>
              <Text size="sm">{option.label}</Text>
              {choice && (
                <Text size="xs" c="dimmed">
                  Qty {choice.asset.quantity} · {dueWords(choice)} · {costWords(choice, money)}
                </Text>
              )}
            </Stack>
          );
        }}
        data-testid="replaced-assets-picker"
      />
      {picked.length > 0 && (
        <>
          <Table fz="xs" verticalSpacing={2} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Asset</Table.Th>
                <Table.Th>When</Table.Th>
                <Table.Th ta="right">Replacement cost</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {picked.map((choice) => (
                <Table.Tr key={choice.asset.id}>
                  <Table.Td>
                    {choice.asset.name} ({choice.asset.quantity})
                  </Table.Td>
                  <Table.Td>{dueWords(choice)}</Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {costWords(choice, money)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Text size="sm" data-testid="suggested-one-time-cost">
              Suggested one-time cost: <b>{formatMoney(suggested, money)}</b>, what their replacement would cost.
            </Text>
            <Button size="xs" variant="light" onClick={() => onUseCost(suggested)}>
              Use as one-time cost
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
