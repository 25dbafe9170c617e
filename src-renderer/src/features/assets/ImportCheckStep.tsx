import { Alert, Badge, Button, Checkbox, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ImportPreview } from '../../../../src-main/api/contract';
import { ASSET_CATEGORY_LABELS, type AssetCategory } from '../../../../src-main/domain/asset';
import type { ImportedField } from '../../../../src-main/domain/asset-import-rows';
import { formatMoney, type MoneyStyle } from '../../../../src-main/domain/format';
import { useMoneyStyle } from '../../components/settings-hooks';

type Row = ImportPreview['rows'][number];
type Change = Row['changes'][number];

const STATUS_COLOURS = { new: 'teal', update: 'blue', unchanged: 'gray', error: 'red', duplicate: 'gray' } as const;
const STATUS_LABELS = { new: 'New', update: 'Update', unchanged: 'Unchanged', error: 'Rejected', duplicate: 'Repeated' } as const;

const FIELD_LABELS: Record<ImportedField, string> = {
  name: 'name',
  category: 'category',
  quantity: 'quantity',
  unitCostCents: 'unit cost',
  replacementUnitCostCents: 'replacement cost',
  purchaseDate: 'purchase date',
  warrantyEnd: 'warranty end',
  lifespanMonths: 'lifespan',
  serial: 'serial',
  location: 'location',
  notes: 'notes',
};

function shown(field: ImportedField, value: Change['from'], money: MoneyStyle): string {
  if (value === null || value === '') return '—';
  if ((field === 'unitCostCents' || field === 'replacementUnitCostCents') && typeof value === 'number') return formatMoney(value, money);
  if (field === 'category' && typeof value === 'string') return ASSET_CATEGORY_LABELS[value as AssetCategory] ?? value;
  return String(value);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What happens to the rows without a price, said before anything is written. */
function NoPriceNotice({ preview }: { preview: ImportPreview }) {
  const { estimated, unpriced } = preview.noPrice;
  if (estimated + unpriced === 0) return null;
  const parts = [
    estimated > 0 ? `${plural(estimated, 'device is', 'devices are')} budgeted at your default replacement cost for their category and marked as estimates` : '',
    unpriced > 0 ? `${plural(unpriced, 'device stays', 'devices stay')} unpriced (their category has no default) and ${unpriced === 1 ? 'counts' : 'count'} as 0 until you price ${unpriced === 1 ? 'it' : 'them'}` : '',
  ].filter(Boolean);
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="import-no-price">
      {plural(estimated + unpriced, 'row has', 'rows have')} no price. {parts.join('; ')}. Price them afterwards in the asset list (it links to them), or change the
      defaults in Settings › Asset lifespans and costs.
    </Alert>
  );
}

function Notes({ row, money }: { row: Row; money: MoneyStyle }) {
  const changes = row.changes.map((change) => `${FIELD_LABELS[change.field]}: ${shown(change.field, change.from, money)} → ${shown(change.field, change.to, money)}`);
  return (
    <Stack gap={0}>
      {changes.length > 0 && (
        <Text size="xs" c="blue.8">
          {changes.join(' · ')}
        </Text>
      )}
      {[...row.errors, ...row.warnings].length > 0 && (
        <Text size="xs" c={row.errors.length > 0 ? 'red' : 'dimmed'}>
          {[...row.errors, ...row.warnings].join(' · ')}
        </Text>
      )}
    </Stack>
  );
}

/** Every row's fate, the devices no longer in the file, and the confirmation. */
export function ImportCheckStep({
  preview,
  retire,
  onRetire,
  busy,
  onBack,
  onImport,
}: {
  preview: ImportPreview;
  retire: ReadonlySet<string>;
  onRetire: (ids: ReadonlySet<string>) => void;
  busy: boolean;
  onBack: () => void;
  onImport: () => void;
}) {
  const money = useMoneyStyle();
  const { counts } = preview;
  const work = counts.new + counts.update + retire.size;
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(retire);
    if (checked) next.add(id);
    else next.delete(id);
    onRetire(next);
  };
  const label = [counts.new > 0 ? `add ${counts.new}` : '', counts.update > 0 ? `update ${counts.update}` : '', retire.size > 0 ? `retire ${retire.size}` : '']
    .filter(Boolean)
    .join(', ');
  return (
    <Stack>
      <Group gap="xs" data-testid="import-summary">
        <Badge color="teal" size="lg" variant="light" tt="none">
          {counts.new} new
        </Badge>
        <Badge color="blue" size="lg" variant="light" tt="none">
          {counts.update} to update
        </Badge>
        <Badge color="gray" size="lg" variant="light" tt="none">
          {counts.unchanged} unchanged
        </Badge>
        <Badge color="red" size="lg" variant="light" tt="none">
          {counts.error} rejected
        </Badge>
        <Badge color="gray" size="lg" variant="outline" tt="none">
          {plural(counts.duplicate, 'repeated row', 'repeated rows')}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        Devices already recorded are matched by serial number, else by name and model, and updated rather than added twice. Rows with nothing that
        identifies a device are rejected; a repeated serial is skipped.
      </Text>
      <NoPriceNotice preview={preview} />
      <ScrollArea h={320} viewportProps={{ tabIndex: 0, 'aria-label': 'Rows of the file and what happens to each' }}>
        <Table stickyHeader fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Row</Table.Th>
              <Table.Th>Result</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Category</Table.Th>
              <Table.Th ta="right">Qty</Table.Th>
              <Table.Th ta="right">Unit cost</Table.Th>
              <Table.Th>Purchased</Table.Th>
              <Table.Th>Changes and notes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((row) => (
              <Table.Tr key={row.rowNumber} data-testid="import-row" data-status={row.status}>
                <Table.Td>{row.rowNumber}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOURS[row.status]} variant="light" tt="none" miw="max-content">
                    {STATUS_LABELS[row.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>{row.asset?.name ?? row.label}</Table.Td>
                <Table.Td>{row.asset ? ASSET_CATEGORY_LABELS[row.asset.category] : ''}</Table.Td>
                <Table.Td ta="right">{row.asset?.quantity}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {row.asset ? (row.asset.noPrice ? <Text span size="sm" c="var(--mantine-color-orange-text)">No price</Text> : formatMoney(row.asset.unitCostCents, money)) : ''}
                </Table.Td>
                <Table.Td>{row.asset?.purchaseDate ?? (row.asset ? <Text span size="sm" c="dimmed">Age unknown</Text> : '')}</Table.Td>
                <Table.Td>
                  <Notes row={row} money={money} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {preview.missing.length > 0 && (
        <Stack gap={4} data-testid="import-missing">
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              No longer in the file ({preview.missing.length})
            </Text>
            <Checkbox
              size="xs"
              label="Retire them all"
              checked={retire.size === preview.missing.length}
              indeterminate={retire.size > 0 && retire.size < preview.missing.length}
              onChange={(event) => onRetire(event.currentTarget.checked ? new Set(preview.missing.map((item) => item.id)) : new Set())}
            />
          </Group>
          <Text size="xs" c="dimmed">
            Recorded for this client but not listed here. Tick those that are gone to retire them in the same step; the others stay as they are.
          </Text>
          <ScrollArea.Autosize mah={140} viewportProps={{ tabIndex: 0, 'aria-label': 'Assets no longer in the file' }}>
            <Stack gap={2}>
              {preview.missing.map((item) => (
                <Checkbox
                  key={item.id}
                  size="xs"
                  label={`${item.name}${item.serial ? ` (serial ${item.serial})` : ''} · ${ASSET_CATEGORY_LABELS[item.category]}`}
                  checked={retire.has(item.id)}
                  onChange={(event) => toggle(item.id, event.currentTarget.checked)}
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back to mapping
        </Button>
        <Button disabled={work === 0} loading={busy} onClick={onImport}>
          {work === 0 ? 'Nothing to import' : `Import: ${label}`}
        </Button>
      </Group>
    </Stack>
  );
}
