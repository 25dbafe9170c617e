import { ActionIcon, Badge, Menu, Table, Text, Tooltip } from '@mantine/core';
import { IconCopy, IconDots, IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { memo } from 'react';
import { ASSET_CATEGORIES, ASSET_CATEGORY_LABELS, type Asset, type AssetPatch } from '../../../../src-main/domain/asset';
import { effectiveLifespan, replacementOutlook } from '../../../../src-main/domain/forecast';
import { formatMoney, type MoneyStyle } from '../../../../src-main/domain/format';
import { monthLabel, monthOfDate, monthsBetween, type Month } from '../../../../src-main/domain/months';
import type { LifespanTable } from '../../../../src-main/domain/settings';
import { EditableCell, type CellValue } from '../../components/grid/EditableCell';
import classes from '../../components/grid/grid.module.css';
import { SortableHeader, type SortState } from '../../components/grid/SortableHeader';

export type AssetSortKey = 'name' | 'category' | 'quantity' | 'unitCost' | 'purchaseDate' | 'warrantyEnd' | 'lifespan' | 'nextDue' | 'status';

export interface AssetGridContext {
  money: MoneyStyle;
  lifespans: LifespanTable;
  today: Month;
  onChange: (asset: Asset, changes: AssetPatch) => Promise<string | null>;
  onDuplicate: (asset: Asset) => void;
  onDelete: (asset: Asset) => void;
}

const CATEGORY_OPTIONS = ASSET_CATEGORIES.map((value) => ({ value, label: ASSET_CATEGORY_LABELS[value] }));

export function ageLabel(purchaseDate: string | null, today: Month): string {
  if (!purchaseDate) return '—';
  const months = Math.max(0, monthsBetween(monthOfDate(purchaseDate), today));
  const years = Math.floor(months / 12);
  return years > 0 ? `${years}y ${months % 12}m` : `${months}m`;
}

function NextReplacement({ asset, context }: { asset: Asset; context: AssetGridContext }) {
  const outlook = replacementOutlook(asset, context.lifespans, context.today);
  if (asset.status === 'retired') return <Text size="sm" c="dimmed">Retired</Text>;
  if (outlook.ageUnknown) {
    return (
      <Tooltip label="Enter a purchase date or a planned replacement month to budget this asset.">
        <Badge color="gray" variant="outline">
          Age unknown
        </Badge>
      </Tooltip>
    );
  }
  const label = monthLabel(outlook.nextDue!);
  if (outlook.overdue) {
    return (
      <Tooltip label={`Was due ${label}; the budget places it in the plan's first month.`}>
        <Badge color="red" variant="light">
          Overdue
        </Badge>
      </Tooltip>
    );
  }
  if (outlook.dueWithin12Months) {
    return (
      <Badge color="orange" variant="light" tt="none">
        {label}
      </Badge>
    );
  }
  return <Text size="sm">{label}</Text>;
}

const AssetRow = memo(function AssetRow({ asset, context }: { asset: Asset; context: AssetGridContext }) {
  const outlook = replacementOutlook(asset, context.lifespans, context.today);
  const edit = (field: keyof AssetPatch) => (value: CellValue) => context.onChange(asset, { [field]: value } as AssetPatch);
  const defaultLifespan = context.lifespans[asset.category];
  return (
    <Table.Tr
      className={classes.row}
      data-flag={outlook.overdue ? 'overdue' : outlook.dueWithin12Months ? 'soon' : undefined}
      data-retired={asset.status === 'retired'}
      data-testid="asset-row"
    >
      <Table.Td>
        <EditableCell label="Name" value={asset.name} display={asset.name} editor={{ kind: 'text' }} onCommit={edit('name')} />
      </Table.Td>
      <Table.Td>
        <EditableCell label="Category" value={asset.category} display={ASSET_CATEGORY_LABELS[asset.category]} editor={{ kind: 'select', options: CATEGORY_OPTIONS }} onCommit={edit('category')} />
      </Table.Td>
      <Table.Td>
        <EditableCell label="Quantity" value={asset.quantity} display={asset.quantity} align="right" editor={{ kind: 'integer', min: 1, max: 1_000_000 }} onCommit={edit('quantity')} />
      </Table.Td>
      <Table.Td>
        <EditableCell
          label="Unit cost"
          value={asset.unitCostCents}
          display={formatMoney(asset.unitCostCents, context.money)}
          align="right"
          editor={{ kind: 'money', money: context.money }}
          onCommit={edit('unitCostCents')}
        />
      </Table.Td>
      <Table.Td>
        <EditableCell label="Purchase date" value={asset.purchaseDate} display={asset.purchaseDate ?? '—'} editor={{ kind: 'date', nullable: true }} onCommit={edit('purchaseDate')} />
      </Table.Td>
      <Table.Td className="tabular nowrap">
        {ageLabel(asset.purchaseDate, context.today)}
      </Table.Td>
      <Table.Td>
        <EditableCell label="Warranty end" value={asset.warrantyEnd} display={asset.warrantyEnd ?? '—'} editor={{ kind: 'date', nullable: true }} onCommit={edit('warrantyEnd')} />
      </Table.Td>
      <Table.Td>
        <EditableCell
          label="Lifespan in months"
          value={asset.lifespanMonths}
          display={
            asset.lifespanMonths === null ? (
              <Tooltip label="The default for this category (Settings › Asset lifespans)">
                <Text span size="sm" c="dimmed">
                  {defaultLifespan} mo
                </Text>
              </Tooltip>
            ) : (
              `${asset.lifespanMonths} mo`
            )
          }
          align="right"
          editor={{ kind: 'integer', min: 1, max: 600, nullable: true, placeholder: `${defaultLifespan} (default)` }}
          onCommit={edit('lifespanMonths')}
        />
      </Table.Td>
      <Table.Td>
        <NextReplacement asset={asset} context={context} />
      </Table.Td>
      <Table.Td>
        <EditableCell
          label="Planned replacement month"
          value={asset.plannedReplacementMonth}
          display={asset.plannedReplacementMonth ? monthLabel(asset.plannedReplacementMonth) : '—'}
          editor={{ kind: 'month', nullable: true }}
          onCommit={edit('plannedReplacementMonth')}
        />
      </Table.Td>
      <Table.Td>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${asset.name}`}>
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconCopy size={14} />} onClick={() => context.onDuplicate(asset)}>
              Duplicate
            </Menu.Item>
            <Menu.Item
              leftSection={asset.status === 'active' ? <IconPlayerPause size={14} /> : <IconPlayerPlay size={14} />}
              onClick={() => void context.onChange(asset, { status: asset.status === 'active' ? 'retired' : 'active' })}
            >
              {asset.status === 'active' ? 'Retire' : 'Return to service'}
            </Menu.Item>
            <Menu.Divider />
            <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => context.onDelete(asset)}>
              Delete…
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Table.Td>
    </Table.Tr>
  );
});

function sortValue(asset: Asset, key: AssetSortKey, context: AssetGridContext): string | number {
  switch (key) {
    case 'name':
      return asset.name.toLocaleLowerCase();
    case 'category':
      return ASSET_CATEGORY_LABELS[asset.category];
    case 'quantity':
      return asset.quantity;
    case 'unitCost':
      return asset.unitCostCents;
    case 'purchaseDate':
      return asset.purchaseDate ?? '';
    case 'warrantyEnd':
      return asset.warrantyEnd ?? '';
    case 'lifespan':
      return effectiveLifespan(asset, context.lifespans);
    case 'nextDue':
      return asset.status === 'retired' ? '9999-99' : (replacementOutlook(asset, context.lifespans, context.today).nextDue ?? '9999-98');
    case 'status':
      return asset.status;
  }
}

export function sortAssets(assets: readonly Asset[], sort: SortState<AssetSortKey>, context: AssetGridContext): Asset[] {
  const direction = sort.descending ? -1 : 1;
  return [...assets].sort((a, b) => {
    const left = sortValue(a, sort.key, context);
    const right = sortValue(b, sort.key, context);
    return (left < right ? -1 : left > right ? 1 : 0) * direction || a.name.localeCompare(b.name);
  });
}

/** The asset register as an editable grid: click a cell to change it; overdue and due-soon rows are marked. */
export function AssetGrid({ assets, context, sort, onSort }: { assets: Asset[]; context: AssetGridContext; sort: SortState<AssetSortKey>; onSort: (next: SortState<AssetSortKey>) => void }) {
  const header = (label: string, column: AssetSortKey, align?: 'right') => <SortableHeader label={label} column={column} sort={sort} onSort={onSort} {...(align ? { align } : {})} />;
  return (
    <Table.ScrollContainer minWidth={1120}>
      <Table stickyHeader highlightOnHover verticalSpacing={2} layout="fixed">
        <colgroup>
          <col />
          <col width={140} />
          <col width={64} />
          <col width={116} />
          <col width={118} />
          <col width={76} />
          <col width={118} />
          <col width={84} />
          <col width={136} />
          <col width={116} />
          <col width={44} />
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            {header('Name or model', 'name')}
            {header('Category', 'category')}
            {header('Qty', 'quantity', 'right')}
            {header('Unit cost', 'unitCost', 'right')}
            {header('Purchased', 'purchaseDate')}
            <Table.Th>Age</Table.Th>
            {header('Warranty end', 'warrantyEnd')}
            {header('Lifespan', 'lifespan', 'right')}
            {header('Next due', 'nextDue')}
            <Table.Th>Planned</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assets.map((asset) => (
            <AssetRow key={asset.id} asset={asset} context={context} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
