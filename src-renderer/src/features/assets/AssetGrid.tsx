import { Checkbox, Menu, Table } from '@mantine/core';
import { IconCopy, IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { ASSET_CATEGORIES, ASSET_CATEGORY_LABELS, type Asset, type AssetPatch } from '../../../../src-main/domain/asset';
import { replacementUnitCost, type ReplacementOutlook } from '../../../../src-main/domain/asset-replacement';
import { effectiveLifespan } from '../../../../src-main/domain/forecast';
import { formatMoney, type MoneyStyle } from '../../../../src-main/domain/format';
import { addMonths, monthLabel, monthOfDate, monthsBetween, type Month } from '../../../../src-main/domain/months';
import type { LifespanTable, ReplacementCostTable } from '../../../../src-main/domain/settings';
import { CellBadge } from '../../components/grid/CellBadge';
import { EditableCell, type CellValue } from '../../components/grid/EditableCell';
import { RowActions } from '../../components/grid/RowActions';
import classes from '../../components/grid/grid.module.css';
import { SortableHeader, type SortState } from '../../components/grid/SortableHeader';
import { ColumnChooser } from './ColumnChooser';
import { OPTIONAL_ASSET_COLUMNS, type OptionalAssetColumn } from './asset-columns';

export type AssetSortKey = 'name' | 'category' | 'quantity' | 'unitCost' | 'purchaseDate' | 'warrantyEnd' | 'lifespan' | 'nextDue' | 'status';

export interface AssetGridContext {
  money: MoneyStyle;
  lifespans: LifespanTable;
  replacementCosts: ReplacementCostTable;
  today: Month;
  /** The replacement rule of PRODUCT.md §5 applied to each asset, initiatives included. */
  outlookOf: (asset: Asset) => ReplacementOutlook;
  selected: ReadonlySet<string>;
  onSelect: (asset: Asset, selected: boolean) => void;
  onChange: (asset: Asset, changes: AssetPatch) => Promise<string | null>;
  onDuplicate: (asset: Asset) => void;
  onDelete: (asset: Asset) => void;
  /** The optional columns the consultant chose to see. */
  columns: ReadonlySet<OptionalAssetColumn>;
}

const CATEGORY_OPTIONS = ASSET_CATEGORIES.map((value) => ({ value, label: ASSET_CATEGORY_LABELS[value] }));

export function ageLabel(purchaseDate: string | null, today: Month): string {
  if (!purchaseDate) return '—';
  const months = Math.max(0, monthsBetween(monthOfDate(purchaseDate), today));
  const years = Math.floor(months / 12);
  return years > 0 ? `${years}y ${months % 12}m` : `${months}m`;
}

function NextReplacement({ asset, context }: { asset: Asset; context: AssetGridContext }) {
  const outlook = context.outlookOf(asset);
  if (asset.status === 'retired') return <span className={classes.dimmed}>Retired</span>;
  if (outlook.replacedBy) {
    return (
      <CellBadge
        colour="violet"
        title={`Replaced by the initiative “${outlook.replacedBy.title}” in ${monthLabel(outlook.replacedBy.month)}; next due ${monthLabel(addMonths(outlook.replacedBy.month, effectiveLifespan(asset, context.lifespans)))}`}
      >
        Replaced
      </CellBadge>
    );
  }
  if (outlook.ageUnknown) {
    return (
      <CellBadge colour="gray" outline upper title="Enter a purchase date or a planned replacement month to budget this asset.">
        Age unknown
      </CellBadge>
    );
  }
  const label = monthLabel(outlook.nextDue!);
  if (outlook.overdue) {
    return (
      <CellBadge colour="red" upper title={`Was due ${label}; the budget plans it in the current month.`}>
        Overdue
      </CellBadge>
    );
  }
  if (outlook.dueWithin12Months) return <CellBadge colour="orange">{label}</CellBadge>;
  return <span>{label}</span>;
}

/** The unit cost, or what the budget uses instead when the asset has no price of its own. */
function UnitCostDisplay({ asset, context }: { asset: Asset; context: AssetGridContext }) {
  const pricing = replacementUnitCost(asset, context.replacementCosts);
  if (pricing.basis === 'estimated') {
    return (
      <span className={classes.estimated} title={`No price on record: replacements are estimated at the ${ASSET_CATEGORY_LABELS[asset.category].toLowerCase()} default`}>
        Est. {formatMoney(pricing.unitCostCents, context.money)}
      </span>
    );
  }
  if (pricing.basis === 'unpriced') {
    return (
      <CellBadge colour="red" title="No price on record and no default for this category: its replacements count as 0">
        Unpriced
      </CellBadge>
    );
  }
  return <>{formatMoney(asset.unitCostCents, context.money)}</>;
}

/** One asset as plain cells (a bare <td>, a native checkbox): the grid draws dozens of rows on every scroll. */
const AssetRow = memo(function AssetRow({ asset, context, index, measure }: { asset: Asset; context: AssetGridContext; index: number; measure: (row: HTMLTableRowElement | null) => void }) {
  const outlook = context.outlookOf(asset);
  const edit = (field: keyof AssetPatch) => (value: CellValue) => context.onChange(asset, { [field]: value } as AssetPatch);
  const defaultLifespan = context.lifespans[asset.category];
  return (
    <Table.Tr
      ref={measure}
      data-index={index}
      className={classes.row}
      data-flag={outlook.overdue ? 'overdue' : outlook.dueWithin12Months ? 'soon' : undefined}
      data-retired={asset.status === 'retired'}
      data-testid="asset-row"
    >
      <td className={classes.td}>
        <input type="checkbox" className={classes.check} aria-label={`Select ${asset.name}`} checked={context.selected.has(asset.id)} onChange={(event) => context.onSelect(asset, event.currentTarget.checked)} />
      </td>
      <td className={classes.td}>
        <EditableCell label="Name" value={asset.name} display={asset.name} editor={{ kind: 'text' }} onCommit={edit('name')} />
      </td>
      <td className={classes.td}>
        <EditableCell label="Category" value={asset.category} display={ASSET_CATEGORY_LABELS[asset.category]} editor={{ kind: 'select', options: CATEGORY_OPTIONS }} onCommit={edit('category')} />
      </td>
      <td className={classes.td}>
        <EditableCell label="Quantity" value={asset.quantity} display={asset.quantity} align="right" editor={{ kind: 'integer', min: 1, max: 1_000_000 }} onCommit={edit('quantity')} />
      </td>
      <td className={classes.td}>
        <EditableCell
          label="Unit cost"
          value={asset.unitCostCents}
          display={<UnitCostDisplay asset={asset} context={context} />}
          align="right"
          editor={{ kind: 'money', money: context.money }}
          onCommit={edit('unitCostCents')}
        />
      </td>
      {context.columns.has('purchased') && (
        <td className={classes.td}>
          <EditableCell label="Purchase date" value={asset.purchaseDate} display={asset.purchaseDate ?? '—'} editor={{ kind: 'date', nullable: true }} onCommit={edit('purchaseDate')} />
        </td>
      )}
      {context.columns.has('age') && <td className={`${classes.td} tabular nowrap`}>{ageLabel(asset.purchaseDate, context.today)}</td>}
      {context.columns.has('warranty') && (
        <td className={classes.td}>
          <EditableCell label="Warranty end" value={asset.warrantyEnd} display={asset.warrantyEnd ?? '—'} editor={{ kind: 'date', nullable: true }} onCommit={edit('warrantyEnd')} />
        </td>
      )}
      {context.columns.has('lifespan') && (
      <td className={classes.td}>
        <EditableCell
          label="Lifespan in months"
          value={asset.lifespanMonths}
          display={
            asset.lifespanMonths === null ? (
              <span className={classes.dimmed} title="The default for this category (Settings › Asset lifespans and costs)">
                {defaultLifespan} mo
              </span>
            ) : (
              `${asset.lifespanMonths} mo`
            )
          }
          align="right"
          editor={{ kind: 'integer', min: 1, max: 600, nullable: true, placeholder: `${defaultLifespan} (default)` }}
          onCommit={edit('lifespanMonths')}
        />
      </td>
      )}
      <td className={classes.td}>
        <NextReplacement asset={asset} context={context} />
      </td>
      {context.columns.has('planned') && (
        <td className={classes.td}>
          <EditableCell
            label="Planned replacement month"
            value={asset.plannedReplacementMonth}
            display={asset.plannedReplacementMonth ? monthLabel(asset.plannedReplacementMonth) : '—'}
            editor={{ kind: 'month', nullable: true }}
            onCommit={edit('plannedReplacementMonth')}
          />
        </td>
      )}
      <td className={classes.td}>
        <RowActions label={`Actions for ${asset.name}`}>
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
        </RowActions>
      </td>
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
      return asset.status === 'retired' ? '9999-99' : (context.outlookOf(asset).nextDue ?? '9999-98');
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

/**
 * The asset register as an editable grid: click a cell to change it; overdue and due-soon rows are
 * marked. Name, category, quantity, cost and the next replacement are always shown; the other columns
 * are the consultant's choice. Only the rows near the screen are rendered, so a client with thousands of assets scrolls
 * as smoothly as one with ten.
 */
export function AssetGrid({
  assets,
  context,
  sort,
  onSort,
  onSelectAll,
  onColumnsChange,
}: {
  assets: Asset[];
  context: AssetGridContext;
  sort: SortState<AssetSortKey>;
  onSort: (next: SortState<AssetSortKey>) => void;
  onSelectAll: (selected: boolean) => void;
  onColumnsChange: (next: ReadonlySet<OptionalAssetColumn>) => void;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    if (body.current) setScrollMargin(body.current.getBoundingClientRect().top + window.scrollY);
  }, []);
  const rows = useWindowVirtualizer({ count: assets.length, estimateSize: () => 33, overscan: 6, scrollMargin });
  const visible = rows.getVirtualItems();
  const spaceAbove = visible.length > 0 ? visible[0]!.start - scrollMargin : 0;
  const spaceBelow = visible.length > 0 ? rows.getTotalSize() - (visible[visible.length - 1]!.end - scrollMargin) : 0;
  const header = (label: string, column: AssetSortKey, align?: 'right') => <SortableHeader label={label} column={column} sort={sort} onSort={onSort} {...(align ? { align } : {})} />;
  return (
    <Table stickyHeader highlightOnHover verticalSpacing={2} horizontalSpacing={6} layout="fixed" fz={13}>
        <colgroup>
          <col width={34} />
          <col />
          <col width={112} />
          <col width={54} />
          <col width={108} />
          {OPTIONAL_ASSET_COLUMNS.filter((column) => context.columns.has(column.key)).map((column) => (
            <col key={column.key} width={column.width} />
          ))}
          <col width={112} />
          <col width={44} />
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <Checkbox
                aria-label="Select every asset shown"
                size="xs"
                checked={assets.length > 0 && assets.every((asset) => context.selected.has(asset.id))}
                indeterminate={assets.some((asset) => context.selected.has(asset.id)) && !assets.every((asset) => context.selected.has(asset.id))}
                onChange={(event) => onSelectAll(event.currentTarget.checked)}
              />
            </Table.Th>
            {header('Name or model', 'name')}
            {header('Category', 'category')}
            {header('Qty', 'quantity', 'right')}
            {header('Unit cost', 'unitCost', 'right')}
            {context.columns.has('purchased') && header('Purchased', 'purchaseDate')}
            {context.columns.has('age') && <Table.Th>Age</Table.Th>}
            {context.columns.has('warranty') && header('Warranty end', 'warrantyEnd')}
            {context.columns.has('lifespan') && header('Lifespan', 'lifespan', 'right')}
            {header('Next due', 'nextDue')}
            {context.columns.has('planned') && <Table.Th>Planned</Table.Th>}
            <Table.Th>
              <ColumnChooser shown={context.columns} onChange={onColumnsChange} />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={body}>
          {spaceAbove > 0 && <tr aria-hidden style={{ height: spaceAbove }} />}
          {visible.map((row) => (
            <AssetRow key={assets[row.index]!.id} asset={assets[row.index]!} context={context} index={row.index} measure={rows.measureElement} />
          ))}
          {spaceBelow > 0 && <tr aria-hidden style={{ height: spaceBelow }} />}
        </Table.Tbody>
      </Table>
  );
}
