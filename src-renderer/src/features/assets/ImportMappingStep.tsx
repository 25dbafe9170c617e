import { Alert, Badge, Button, Group, ScrollArea, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ImportPreview } from '../../../../src-main/api/contract';
import { ASSET_CATEGORIES, ASSET_CATEGORY_LABELS, type AssetCategory } from '../../../../src-main/domain/asset';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../../src-main/domain/asset-import';

const CATEGORY_OPTIONS = ASSET_CATEGORIES.map((value) => ({ value, label: ASSET_CATEGORY_LABELS[value] }));

/** How the type names of the file map to categories; the consultant's choices are remembered for files like this one. */
function TypeMapping({ preview, onMapping }: { preview: ImportPreview; onMapping: (change: Partial<ImportMapping>) => void }) {
  if (preview.types.length === 0) return null;
  const choose = (key: string, category: AssetCategory) => onMapping({ categoryMap: { ...preview.mapping.categoryMap, [key]: category } });
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        Device types in this file
      </Text>
      <Text size="xs" c="dimmed">
        Each type becomes a category. Change any that is wrong; your choices are remembered the next time you import a file like this one.
      </Text>
      <Table withTableBorder fz="sm" maw={640} data-testid="import-types">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Type in the file</Table.Th>
            <Table.Th ta="right">Rows</Table.Th>
            <Table.Th>Category</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.types.map((type) => (
            <Table.Tr key={type.key}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{type.text}</Text>
                  {type.source === 'default' && (
                    <Badge size="xs" color="orange" variant="light" tt="none">
                      Not recognised
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td ta="right">{type.count}</Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`Category for ${type.text}`}
                  data={CATEGORY_OPTIONS}
                  value={type.category}
                  placeholder="From each name, else the default"
                  allowDeselect={false}
                  onChange={(value) => value && choose(type.key, value as AssetCategory)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Which column holds what, the date order and the device types, with the first rows of the file to check against. */
export function ImportMappingStep({
  preview,
  fileName,
  loading,
  onMapping,
  onSheet,
  onBack,
  onNext,
}: {
  preview: ImportPreview;
  fileName: string;
  loading: boolean;
  onMapping: (change: Partial<ImportMapping>) => void;
  onSheet: (sheet: string) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const headerOptions = preview.headers.map((header) => ({ value: header, label: header }));
  const setColumn = (field: ImportField, header: string | null) => {
    const columns = { ...preview.mapping.columns };
    if (header) columns[field] = header;
    else delete columns[field];
    onMapping({ columns });
  };
  const identified = Boolean(preview.mapping.columns.name || preview.mapping.columns.model || preview.mapping.columns.serial);
  return (
    <Stack>
      {preview.mappingSource === 'remembered' && (
        <Alert icon={<IconInfoCircle size={18} />} variant="light" p="xs">
          Columns and device types mapped as in your last import of a file like this one.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {preview.sheets.length > 1 && <Select label="Sheet" data={preview.sheets} value={preview.sheet} allowDeselect={false} onChange={(sheet) => sheet && onSheet(sheet)} />}
        {IMPORT_FIELDS.map((field) => (
          <Select
            key={field}
            label={IMPORT_FIELD_LABELS[field]}
            placeholder="Not in this file"
            clearable
            data={headerOptions}
            value={preview.mapping.columns[field] ?? null}
            onChange={(header) => setColumn(field, header)}
          />
        ))}
        <Select
          label="Dates are written"
          data={[
            { value: 'auto', label: `Detect (${preview.dateOrder === 'MDY' ? 'month first' : 'day first'}${preview.dateOrderDetected ? '' : ', a guess'})` },
            { value: 'MDY', label: 'Month first (US): 03/31/2024' },
            { value: 'DMY', label: 'Day first: 31/03/2024' },
          ]}
          value={preview.mapping.dateOrder}
          allowDeselect={false}
          onChange={(value) => value && onMapping({ dateOrder: value as ImportMapping['dateOrder'] })}
        />
        <Select
          label="Category when unclear"
          data={CATEGORY_OPTIONS}
          value={preview.mapping.defaultCategory}
          allowDeselect={false}
          onChange={(value) => value && onMapping({ defaultCategory: value as AssetCategory })}
        />
      </SimpleGrid>
      {!identified && (
        <Text size="sm" c="red" role="alert">
          Choose the column with the device name, model or serial number: without one, no row can be recognised.
        </Text>
      )}
      <TypeMapping preview={preview} onMapping={onMapping} />
      <Text size="sm" fw={600}>
        First rows of {fileName}
      </Text>
      <ScrollArea viewportProps={{ tabIndex: 0, 'aria-label': 'First rows of the file' }}>
        <Table withTableBorder fz="xs">
          <Table.Thead>
            <Table.Tr>
              {preview.headers.map((header, index) => (
                <Table.Th key={`${header}-${index}`}>{header}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sampleRows.map((row, rowIndex) => (
              <Table.Tr key={rowIndex}>
                {row.map((cell, index) => (
                  <Table.Td key={index}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Choose another file
        </Button>
        <Button onClick={onNext} disabled={!identified} loading={loading}>
          Check {preview.rows.length} rows
        </Button>
      </Group>
    </Stack>
  );
}
