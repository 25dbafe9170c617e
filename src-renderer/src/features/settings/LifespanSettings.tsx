import { NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { ASSET_CATEGORIES, ASSET_CATEGORY_LABELS } from '../../../../src-main/domain/asset';
import { MoneyInput } from '../../components/MoneyInput';
import type { SettingsForm } from './SettingsPage';

/**
 * How long each kind of asset lasts before it is budgeted for replacement, and what a replacement
 * costs when an asset has no price of its own (an RMM import, say): PRODUCT.md §5.
 */
export function LifespanSettings({ form }: { form: SettingsForm }) {
  const money = { currency: form.values.currency, locale: form.values.locale };
  return (
    <Stack>
      <div>
        <Title order={4}>Default lifespans and replacement costs</Title>
        <Text size="sm" c="dimmed">
          An asset without its own lifespan is due for replacement this long after its purchase. An asset with neither a unit cost nor a
          replacement cost is budgeted at its category’s replacement cost and marked as an estimate; leave the cost empty and such assets stay
          unpriced until you price them. Changes apply to every budget.
        </Text>
      </div>
      <Table verticalSpacing={4} maw={640} data-testid="lifespan-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Category</Table.Th>
            <Table.Th w={180}>Lifespan</Table.Th>
            <Table.Th w={220}>Default replacement cost</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ASSET_CATEGORIES.map((category) => {
            const label = ASSET_CATEGORY_LABELS[category];
            return (
              <Table.Tr key={category}>
                <Table.Td>
                  <Text size="sm">{label}</Text>
                </Table.Td>
                <Table.Td>
                  <NumberInput aria-label={`${label} lifespan in months`} suffix=" months" min={1} max={600} allowDecimal={false} {...form.getInputProps(`lifespans.${category}`)} />
                </Table.Td>
                <Table.Td>
                  <MoneyInput
                    aria-label={`${label} default replacement cost`}
                    placeholder="No default: unpriced"
                    nullable
                    money={money}
                    {...form.getInputProps(`replacementCosts.${category}`)}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
