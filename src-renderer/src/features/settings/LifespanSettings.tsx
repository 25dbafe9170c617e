import { NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ASSET_CATEGORIES, ASSET_CATEGORY_LABELS } from '../../../../src-main/domain/asset';
import type { SettingsForm } from './SettingsPage';

/** How long each kind of asset lasts before it is budgeted for replacement. */
export function LifespanSettings({ form }: { form: SettingsForm }) {
  return (
    <Stack>
      <div>
        <Title order={4}>Default lifespans</Title>
        <Text size="sm" c="dimmed">
          In months. An asset without its own lifespan is due for replacement this long after its purchase. Changing a default moves every
          such asset’s replacement in all budgets.
        </Text>
      </div>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {ASSET_CATEGORIES.map((category) => (
          <NumberInput
            key={category}
            label={ASSET_CATEGORY_LABELS[category]}
            suffix=" months"
            min={1}
            max={600}
            allowDecimal={false}
            {...form.getInputProps(`lifespans.${category}`)}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
