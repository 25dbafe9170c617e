import { ActionIcon, Checkbox, Menu, Stack, Text } from '@mantine/core';
import { IconColumns3 } from '@tabler/icons-react';
import { OPTIONAL_ASSET_COLUMNS, type OptionalAssetColumn } from './asset-columns';

/** Which of the optional columns the asset grid shows. */
export function ColumnChooser({ shown, onChange }: { shown: ReadonlySet<OptionalAssetColumn>; onChange: (next: ReadonlySet<OptionalAssetColumn>) => void }) {
  const toggle = (key: OptionalAssetColumn, on: boolean) => {
    const next = new Set(shown);
    if (on) next.add(key);
    else next.delete(key);
    onChange(next);
  };
  return (
    <Menu position="bottom-end" closeOnItemClick={false} withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" size="sm" aria-label="Choose columns" title="Choose columns">
          <IconColumns3 size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={6} p={6}>
          <Text size="xs" c="dimmed">
            Name, cost and next due always show
          </Text>
          {OPTIONAL_ASSET_COLUMNS.map((column) => (
            <Checkbox key={column.key} size="xs" label={column.label} checked={shown.has(column.key)} onChange={(event) => toggle(column.key, event.currentTarget.checked)} />
          ))}
        </Stack>
      </Menu.Dropdown>
    </Menu>
  );
}
