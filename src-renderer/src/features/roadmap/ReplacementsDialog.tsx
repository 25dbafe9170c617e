import { Alert, Badge, Button, Checkbox, Group, Loader, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { ReplacementGroupView } from '../../../../src-main/api/contract/roadmap';
import { ASSET_CATEGORY_LABELS } from '../../../../src-main/domain/asset';
import type { Client } from '../../../../src-main/domain/client';
import { formatMoney } from '../../../../src-main/domain/format';
import { countWord } from '../../../../src-main/domain/initiative-links';
import { monthLabel, quarterLabel } from '../../../../src-main/domain/months';
import { useChange, useChannel } from '../../api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useMoneyStyle } from '../../components/settings-hooks';
import classes from './roadmap.module.css';

/** Why a replacement's price is not the asset's own: the budget's words for the same rule. */
const PRICE_BASIS_WORDS = { estimated: 'Estimated', unpriced: 'Unpriced' } as const;

function GroupRows({ group, chosen, toggle }: { group: ReplacementGroupView; chosen: ReadonlySet<string>; toggle: (ids: string[], on: boolean) => void }) {
  const money = useMoneyStyle();
  const ids = group.assets.map((candidate) => candidate.assetId);
  const count = ids.filter((id) => chosen.has(id)).length;
  const label = `${ASSET_CATEGORY_LABELS[group.category]}, ${quarterLabel(group.quarter)}`;
  return (
    <>
      <Table.Tr data-testid="replacement-group">
        <Table.Td colSpan={3}>
          <Checkbox
            label={<Text fw={600} size="sm">{label}</Text>}
            checked={count === ids.length}
            indeterminate={count > 0 && count < ids.length}
            onChange={(event) => toggle(ids, event.currentTarget.checked)}
          />
        </Table.Td>
        <Table.Td ta="right" className="tabular" fw={600}>
          {formatMoney(group.priceCents, money)}
        </Table.Td>
      </Table.Tr>
      {group.assets.map((candidate) => (
        <Table.Tr key={candidate.assetId}>
          <Table.Td pl="xl">
            <Checkbox
              label={candidate.quantity > 1 ? `${candidate.name} (×${candidate.quantity})` : candidate.name}
              checked={chosen.has(candidate.assetId)}
              onChange={(event) => toggle([candidate.assetId], event.currentTarget.checked)}
            />
          </Table.Td>
          <Table.Td className="nowrap">{monthLabel(candidate.month)}</Table.Td>
          <Table.Td>
            <Group gap={4} wrap="nowrap">
              {candidate.overdue && (
                <Badge color="red.9" variant="filled" size="sm">
                  Overdue
                </Badge>
              )}
              {candidate.priceBasis !== 'priced' && (
                <Badge color="gray" variant="outline" size="sm">
                  {PRICE_BASIS_WORDS[candidate.priceBasis]}
                </Badge>
              )}
            </Group>
          </Table.Td>
          <Table.Td ta="right" className="tabular">
            {formatMoney(candidate.priceCents, money)}
          </Table.Td>
        </Table.Tr>
      ))}
    </>
  );
}

/**
 * Asset replacements due in the plan, turned into initiatives: one for each category and quarter
 * chosen, costed as the budget costs them. The budget then counts that money on the initiative
 * instead of the replacement, never twice.
 */
export function ReplacementsDialog({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const groups = useChannel('roadmap.replacementGroups', { clientId: client.id }, { enabled: opened });
  const create = useChange('roadmap.fromReplacements');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (opened) setChosen(new Set());
  }, [opened]);

  const toggle = (ids: string[], on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const list = groups.data?.groups ?? [];
  const groupCount = list.filter((group) => group.assets.some((candidate) => chosen.has(candidate.assetId))).length;

  function submit() {
    create.mutate(
      { clientId: client.id, assetIds: [...chosen] },
      {
        onSuccess: ({ initiatives }) => {
          notifications.show({ color: 'teal', message: `${countWord(initiatives.length, 'initiative')} added to the roadmap as proposals.` });
          onClose();
        },
        onError: (error) => notifications.show({ color: 'red', title: 'Not created', message: error.message }),
      },
    );
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Initiatives from asset replacements" size="xl" className={classes.readable} closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <Text size="sm" c="dimmed">
          Choose replacements due in the budget plan. Each category and quarter becomes one proposed initiative, priced as the budget prices those
          replacements; the budget then counts the money on the initiative, once.
        </Text>
        {groups.isError && <ErrorPanel error={groups.error} onRetry={() => void groups.refetch()} />}
        {groups.isPending && opened && <Loader size="sm" />}
        {groups.data && list.length === 0 && (
          <Alert color="blue" variant="light">
            No replacements are due in the plan that are not already part of an initiative.
          </Alert>
        )}
        {list.length > 0 && (
          <ScrollArea.Autosize mah="55vh" type="auto">
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Replacement</Table.Th>
                  <Table.Th>Due</Table.Th>
                  <Table.Th />
                  <Table.Th ta="right">Client price</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((group) => (
                  <GroupRows key={group.key} group={group} chosen={chosen} toggle={toggle} />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={chosen.size === 0} loading={create.isPending} onClick={submit}>
            {groupCount === 0 ? 'Create initiatives' : `Create ${countWord(groupCount, 'initiative')}`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
