import { ActionIcon, Button, Group, NumberInput, Select, Stack, Table, Text, Textarea, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { formatMoney, formatPercent, type MoneyStyle } from '../../../../src-main/domain/format';
import { LINE_ITEM_BILLING_LABELS, LINE_ITEM_BILLINGS, LINE_ITEM_KIND_LABELS, LINE_ITEM_KINDS, type CatalogueItem } from '../../../../src-main/domain/proposal';
import { lineFromCatalogue } from '../../../../src-main/domain/proposal-catalogue';
import { defaultMarkupFor, type LinePrice, type ProposalPricing } from '../../../../src-main/domain/proposal-pricing';
import type { Settings } from '../../../../src-main/domain/settings';
import { MoneyInput } from '../../components/MoneyInput';
import type { ProposalForm } from './proposal-form';
import { newRowId } from './row-ids';

const KIND_OPTIONS = LINE_ITEM_KINDS.map((value) => ({ value, label: LINE_ITEM_KIND_LABELS[value] }));
const BILLING_OPTIONS = LINE_ITEM_BILLINGS.map((value) => ({ value, label: LINE_ITEM_BILLING_LABELS[value] }));

interface LineItemsProps {
  form: ProposalForm;
  pricing: ProposalPricing;
  settings: Settings;
  money: MoneyStyle;
  readOnly: boolean;
}

/** Hardware, software and services with cost, markup and billing; each shows its client price and, beside its markup, the margin it earns. */
export function LineItemsEditor({ form, pricing, settings, money, readOnly }: LineItemsProps) {
  const lines = form.values.lineItems;
  return (
    <Stack gap="sm">
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          Pick your standard builds from the catalogue, or add a line for anything else the project needs.
        </Text>
      ) : (
        <Table verticalSpacing={6} horizontalSpacing={6} layout="fixed" data-testid="line-items">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Item</Table.Th>
              <Table.Th w={60}>Qty</Table.Th>
              <Table.Th w={116}>Unit cost</Table.Th>
              <Table.Th w={84}>Markup</Table.Th>
              <Table.Th w={116} ta="right">
                Client price
              </Table.Th>
              <Table.Th w={76} ta="right">
                Margin
              </Table.Th>
              {!readOnly && <Table.Th w={40} aria-label="Remove" />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, index) => (
              <LineRow key={line.id} index={index} form={form} price={pricing.lines[index]} settings={settings} money={money} readOnly={readOnly} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!readOnly && <AddLine form={form} catalogue={settings.catalogue} money={money} />}
    </Stack>
  );
}

function LineRow({ index, form, price, settings, money, readOnly }: { index: number; form: ProposalForm; price: LinePrice | undefined; settings: Settings; money: MoneyStyle; readOnly: boolean }) {
  const line = form.values.lineItems[index]!;
  const number = index + 1;
  const path = `lineItems.${index}`;
  const fallbackMarkup = defaultMarkupFor(line.billing, settings.markups);
  return (
    <Table.Tr data-testid="line-item">
      <Table.Td>
        <Stack gap={4}>
          <Textarea size="xs" autosize minRows={1} maxRows={4} aria-label={`Description, line ${number}`} placeholder="What the client gets" readOnly={readOnly} {...form.getInputProps(`${path}.description`)} />
          <Group gap={6} wrap="nowrap">
            <Select size="xs" w={112} data={KIND_OPTIONS} allowDeselect={false} aria-label={`Kind, line ${number}`} disabled={readOnly} {...form.getInputProps(`${path}.kind`)} />
            <Select size="xs" w={112} data={BILLING_OPTIONS} allowDeselect={false} aria-label={`Billing, line ${number}`} disabled={readOnly} {...form.getInputProps(`${path}.billing`)} />
          </Group>
        </Stack>
      </Table.Td>
      <Table.Td>
        <NumberInput size="xs" min={1} allowDecimal={false} clampBehavior="none" hideControls aria-label={`Quantity, line ${number}`} readOnly={readOnly} {...form.getInputProps(`${path}.quantity`)} />
      </Table.Td>
      <Table.Td>
        <MoneyInput size="xs" money={money} aria-label={`Unit cost, line ${number}`} readOnly={readOnly} {...form.getInputProps(`${path}.unitCostCents`)} />
      </Table.Td>
      <Table.Td>
        <NumberInput
          size="xs"
          suffix="%"
          decimalScale={2}
          min={0}
          clampBehavior="none"
          hideControls
          aria-label={`Markup, line ${number}`}
          placeholder={`${fallbackMarkup}%`}
          readOnly={readOnly}
          value={line.markupPercent ?? ''}
          onChange={(next) => form.setFieldValue(`${path}.markupPercent`, next === '' ? null : Number(next))}
          error={form.errors[`${path}.markupPercent`]}
        />
      </Table.Td>
      <Table.Td ta="right" className="tabular">
        {price && (
          <>
            <Text size="sm" fw={600} data-testid="line-price">
              {formatMoney(price.priceCents, money)}
            </Text>
            <Text size="xs" c="dimmed">
              {line.quantity} × {formatMoney(price.unitPriceCents, money)}
              {line.billing === 'monthly' ? ' /mo' : ''}
            </Text>
          </>
        )}
      </Table.Td>
      <Table.Td ta="right">{price && <MarginCell price={price} target={settings.targetMarginPercent} locale={money.locale} />}</Table.Td>
      {!readOnly && (
        <Table.Td>
          <ActionIcon variant="subtle" color="red" aria-label={`Remove line ${number}`} onClick={() => form.removeListItem('lineItems', index)}>
            <IconTrash size={16} />
          </ActionIcon>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** The margin a line earns beside the markup it carries, red with a warning under the target. */
function MarginCell({ price, target, locale }: { price: LinePrice; target: number; locale: string }) {
  const margin = formatPercent(price.marginPercent, locale);
  if (!price.belowTarget) {
    return (
      <Text size="sm" className="tabular" data-testid="line-margin">
        {margin}
      </Text>
    );
  }
  const warning = `Below your ${formatPercent(target, locale)} target margin`;
  return (
    <Tooltip label={warning}>
      <Group gap={2} justify="flex-end" wrap="nowrap" data-testid="line-margin" data-below-target>
        <IconAlertTriangle size={14} color="var(--mantine-color-red-text)" aria-label={warning} role="img" />
        <Text size="sm" c="red" fw={600} className="tabular">
          {margin}
        </Text>
      </Group>
    </Tooltip>
  );
}

function catalogueLabel(item: CatalogueItem, money: MoneyStyle): string {
  const billing = item.billing === 'monthly' ? ' a month' : '';
  return `${item.name}: ${formatMoney(item.unitCostCents, money)}${billing} cost, ${item.markupPercent}% markup`;
}

function AddLine({ form, catalogue, money }: { form: ProposalForm; catalogue: readonly CatalogueItem[]; money: MoneyStyle }) {
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label="Add from your catalogue"
        placeholder={catalogue.length === 0 ? 'Your catalogue is empty (Settings › Catalogue)' : 'Pick a standard build'}
        data={catalogue.map((item) => ({ value: item.id, label: catalogueLabel(item, money) }))}
        value={null}
        onChange={(id) => {
          const item = catalogue.find((candidate) => candidate.id === id);
          if (item) form.insertListItem('lineItems', lineFromCatalogue(item, newRowId('line')));
        }}
        searchable
        disabled={catalogue.length === 0}
        nothingFoundMessage="No build has that name"
        style={{ flex: 1, maxWidth: 560 }}
        comboboxProps={{ withinPortal: true }}
      />
      <Button
        variant="light"
        leftSection={<IconPlus size={16} />}
        onClick={() =>
          form.insertListItem('lineItems', { id: newRowId('line'), kind: 'hardware', description: '', quantity: 1, unitCostCents: 0, markupPercent: null, billing: 'oneTime', catalogueItemId: null })
        }
      >
        Add a line
      </Button>
    </Group>
  );
}
