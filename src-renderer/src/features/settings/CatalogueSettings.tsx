import { ActionIcon, Alert, Button, Group, NumberInput, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { formatMoney, formatPercent } from '../../../../src-main/domain/format';
import { marginFromMarkup, priceWithMarkup } from '../../../../src-main/domain/money';
import { LINE_ITEM_BILLING_LABELS, LINE_ITEM_BILLINGS, LINE_ITEM_KIND_LABELS, LINE_ITEM_KINDS, type CatalogueItem } from '../../../../src-main/domain/proposal';
import { MoneyInput } from '../../components/MoneyInput';
import type { SettingsForm } from './SettingsPage';

const KIND_OPTIONS = LINE_ITEM_KINDS.map((value) => ({ value, label: LINE_ITEM_KIND_LABELS[value] }));
const BILLING_OPTIONS = LINE_ITEM_BILLINGS.map((value) => ({ value, label: LINE_ITEM_BILLING_LABELS[value] }));

function newCatalogueId(): string {
  return `catalogue-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** The consultant's standard builds (PRODUCT.md §8): picked as proposal lines with their cost and markup. */
export function CatalogueSettings({ form }: { form: SettingsForm }) {
  const values = form.values;
  const money = { currency: values.currency, locale: values.locale };
  const target = values.targetMarginPercent;
  return (
    <Stack gap="md">
      <div>
        <Title order={4}>Product catalogue</Title>
        <Text size="sm" c="dimmed">
          A few standard builds, quoted again and again, make proposals quick and orders simple: for example two workstation builds, a laptop, a
          firewall and a switch. A proposal copies a build’s cost and markup when you pick it; later edits here do not change proposals already made.
        </Text>
      </div>
      <Group align="flex-end">
        <NumberInput
          label="Target margin"
          description="Proposal lines earning less are flagged"
          suffix="%"
          min={0}
          max={99.99}
          decimalScale={2}
          clampBehavior="none"
          w={260}
          {...form.getInputProps('targetMarginPercent')}
        />
        <Alert variant="light" icon={<IconInfoCircle size={18} />} p="xs" style={{ flex: 1, minWidth: 260 }}>
          Margin is the share of the price you keep; markup is added to cost. A {formatPercent(target, money.locale)} margin needs a markup of{' '}
          {Number.isFinite(target) && target < 100 ? formatPercent(Math.round((target / (100 - target)) * 10_000) / 100, money.locale) : '–'}.
        </Alert>
      </Group>
      {values.catalogue.length === 0 ? (
        <Text size="sm" c="dimmed">
          Your catalogue is empty. Add your standard builds to pick them in proposals.
        </Text>
      ) : (
        <Table verticalSpacing={6} horizontalSpacing={6} layout="fixed" data-testid="catalogue-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Build</Table.Th>
              <Table.Th w={110}>Kind</Table.Th>
              <Table.Th w={110}>Billing</Table.Th>
              <Table.Th w={120}>Unit cost</Table.Th>
              <Table.Th w={92}>Markup</Table.Th>
              <Table.Th w={120} ta="right">
                Client price
              </Table.Th>
              <Table.Th w={40} aria-label="Remove" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {values.catalogue.map((item, index) => (
              <CatalogueRow key={item.id} item={item} index={index} form={form} money={money} target={target} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => form.insertListItem('catalogue', { id: newCatalogueId(), name: '', kind: 'hardware', description: '', unitCostCents: 0, markupPercent: values.markups.initiativeOneTime, billing: 'oneTime' } satisfies CatalogueItem)}
        >
          Add a build
        </Button>
      </Group>
    </Stack>
  );
}

function CatalogueRow({ item, index, form, money, target }: { item: CatalogueItem; index: number; form: SettingsForm; money: { currency: string; locale: string }; target: number }) {
  const path = `catalogue.${index}`;
  const number = index + 1;
  const priced = Number.isFinite(item.unitCostCents) && Number.isFinite(item.markupPercent) && item.markupPercent >= 0;
  const margin = priced ? marginFromMarkup(item.markupPercent) : undefined;
  return (
    <Table.Tr data-testid="catalogue-row">
      <Table.Td>
        <Stack gap={4}>
          <TextInput size="xs" aria-label={`Name, build ${number}`} placeholder="Office workstation (standard build)" {...form.getInputProps(`${path}.name`)} />
          <Textarea size="xs" autosize minRows={1} maxRows={4} aria-label={`Description, build ${number}`} placeholder="What it is, as the client reads it" {...form.getInputProps(`${path}.description`)} />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Select size="xs" data={KIND_OPTIONS} allowDeselect={false} aria-label={`Kind, build ${number}`} {...form.getInputProps(`${path}.kind`)} />
      </Table.Td>
      <Table.Td>
        <Select size="xs" data={BILLING_OPTIONS} allowDeselect={false} aria-label={`Billing, build ${number}`} {...form.getInputProps(`${path}.billing`)} />
      </Table.Td>
      <Table.Td>
        <MoneyInput size="xs" money={money} aria-label={`Unit cost, build ${number}`} {...form.getInputProps(`${path}.unitCostCents`)} />
      </Table.Td>
      <Table.Td>
        <NumberInput size="xs" suffix="%" min={0} max={1000} decimalScale={2} clampBehavior="none" hideControls aria-label={`Markup, build ${number}`} {...form.getInputProps(`${path}.markupPercent`)} />
      </Table.Td>
      <Table.Td ta="right" className="tabular">
        {priced && (
          <>
            <Text size="sm" fw={600}>
              {formatMoney(priceWithMarkup(item.unitCostCents, item.markupPercent), money)}
            </Text>
            <Text size="xs" c={margin !== undefined && margin < target ? 'red' : 'dimmed'}>
              {formatPercent(margin, money.locale)} margin
            </Text>
          </>
        )}
      </Table.Td>
      <Table.Td>
        <ActionIcon variant="subtle" color="red" aria-label={`Remove build ${number}`} onClick={() => form.removeListItem('catalogue', index)}>
          <IconTrash size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}
