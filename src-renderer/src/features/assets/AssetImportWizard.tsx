import { Alert, Badge, Button, FileButton, Group, Modal, ScrollArea, Select, SimpleGrid, Stack, Stepper, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import type { ImportPreview } from '../../../../src-main/api/contract';
import { ASSET_CATEGORIES, ASSET_CATEGORY_LABELS, type AssetCategory } from '../../../../src-main/domain/asset';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../../src-main/domain/asset-import';
import type { Client } from '../../../../src-main/domain/client';
import { formatMoney } from '../../../../src-main/domain/format';
import { call, useChange } from '../../api';
import { base64Of, type ChosenFile } from '../../components/files';
import { useMoneyStyle } from '../../components/settings-hooks';

const STATUS_COLOURS = { ready: 'teal', error: 'red', duplicate: 'gray' } as const;
const STATUS_LABELS = { ready: 'Ready', error: 'Rejected', duplicate: 'Duplicate' } as const;

/**
 * Asset import: choose a file, map its columns (remembered for next time), see every row's fate,
 * then confirm. Nothing is written before the confirmation.
 */
export function AssetImportWizard({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const money = useMoneyStyle();
  const commit = useChange('assets.importCommit');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [step, setStep] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const reset = () => {
    setFile(null);
    setPreview(null);
    setStep(0);
    setError(null);
  };
  const close = () => {
    reset();
    onClose();
  };

  async function refresh(nextFile: ChosenFile, mapping: ImportMapping | null, sheet: string | null) {
    setLoading(true);
    setError(null);
    try {
      setPreview(await call('assets.importPreview', { clientId: client.id, file: nextFile, mapping, sheet }));
      return true;
    } catch (failure) {
      setError((failure as Error).message);
      return false;
    } finally {
      setLoading(false);
    }
  }

  async function choose(chosen: File | null) {
    if (!chosen) return;
    if (chosen.size > 20 * 1024 * 1024) {
      setError(`${chosen.name} is ${(chosen.size / (1024 * 1024)).toFixed(1)} MB; files up to 20 MB can be imported.`);
      return;
    }
    const next = { name: chosen.name, dataBase64: await base64Of(chosen) };
    setFile(next);
    if (await refresh(next, null, null)) setStep(1);
  }

  const setMapping = (change: Partial<ImportMapping>) => {
    if (!file || !preview) return;
    void refresh(file, { ...preview.mapping, ...change }, preview.sheet);
  };
  const setColumn = (field: ImportField, header: string | null) => {
    if (!preview) return;
    const columns = { ...preview.mapping.columns };
    if (header) columns[field] = header;
    else delete columns[field];
    setMapping({ columns });
  };

  const headerOptions = (preview?.headers ?? []).map((header) => ({ value: header, label: header }));
  const canImport = preview !== null && preview.readyCount > 0 && Boolean(preview.mapping.columns.name || preview.mapping.columns.model);

  return (
    <Modal opened={opened} onClose={close} title={`Import assets for ${client.name}`} size="90%" centered>
      <Stepper active={step} onStepClick={(next) => preview && setStep(next)} size="sm" mb="md">
        <Stepper.Step label="Choose a file" description="CSV or Excel" />
        <Stepper.Step label="Map columns" description="What each column holds" />
        <Stepper.Step label="Check rows" description="Confirm the import" />
      </Stepper>

      {error && (
        <Alert color="red" mb="md" data-testid="import-error">
          {error}
        </Alert>
      )}

      {step === 0 && (
        <Stack align="center" py="xl">
          <Text c="dimmed" ta="center" maw={520}>
            Export the device list from your RMM or PSA tool as CSV or XLSX. The first row must name the columns. Dates in ISO, US or
            European form and amounts with currency symbols are understood.
          </Text>
          <FileButton onChange={(chosen) => void choose(chosen)} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
            {(props) => (
              <Button {...props} leftSection={<IconFileImport size={16} />} loading={loading} data-testid="choose-import-file">
                Choose file…
              </Button>
            )}
          </FileButton>
        </Stack>
      )}

      {step === 1 && preview && (
        <Stack>
          {preview.mappingSource === 'remembered' && (
            <Alert icon={<IconInfoCircle size={18} />} variant="light" p="xs">
              Columns mapped as in your last import of a file like this one.
            </Alert>
          )}
          <SimpleGrid cols={4}>
            {preview.sheets.length > 1 && (
              <Select label="Sheet" data={preview.sheets} value={preview.sheet} allowDeselect={false} onChange={(sheet) => file && sheet && void refresh(file, preview.mapping, sheet)} />
            )}
            {IMPORT_FIELDS.map((field) => (
              <Select
                key={field}
                label={IMPORT_FIELD_LABELS[field]}
                placeholder="Not in this file"
                clearable
                data={headerOptions}
                value={preview.mapping.columns[field] ?? null}
                onChange={(header) => setColumn(field, header)}
                required={field === 'name'}
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
              onChange={(value) => value && setMapping({ dateOrder: value as ImportMapping['dateOrder'] })}
            />
            <Select
              label="Category when unclear"
              data={ASSET_CATEGORIES.map((value) => ({ value, label: ASSET_CATEGORY_LABELS[value] }))}
              value={preview.mapping.defaultCategory}
              allowDeselect={false}
              onChange={(value) => value && setMapping({ defaultCategory: value as AssetCategory })}
            />
          </SimpleGrid>
          <Text size="sm" fw={600}>
            First rows of {file?.name}
          </Text>
          <ScrollArea>
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
            <Button variant="default" onClick={reset}>
              Choose another file
            </Button>
            <Button onClick={() => setStep(2)} disabled={!preview.mapping.columns.name && !preview.mapping.columns.model} loading={loading}>
              Check {preview.rows.length} rows
            </Button>
          </Group>
        </Stack>
      )}

      {step === 2 && preview && (
        <Stack>
          <Group gap="xs" data-testid="import-summary">
            <Badge color="teal" size="lg" variant="light">
              {preview.readyCount} ready
            </Badge>
            <Badge color="red" size="lg" variant="light">
              {preview.errorCount} rejected
            </Badge>
            <Badge color="gray" size="lg" variant="light">
              {preview.duplicateCount} {preview.duplicateCount === 1 ? 'duplicate' : 'duplicates'}
            </Badge>
            <Text size="sm" c="dimmed">
              Only ready rows are imported. Fix rejected rows in the file and import it again later; duplicates (same serial) are skipped.
            </Text>
          </Group>
          <ScrollArea h={420}>
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
                  <Table.Th>Notes</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.map((row) => (
                  <Table.Tr key={row.rowNumber} data-testid="import-row" data-status={row.status}>
                    <Table.Td>{row.rowNumber}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOURS[row.status]} variant="light">
                        {STATUS_LABELS[row.status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{row.asset?.name ?? row.label}</Table.Td>
                    <Table.Td>{row.asset ? ASSET_CATEGORY_LABELS[row.asset.category as AssetCategory] : ''}</Table.Td>
                    <Table.Td ta="right">{row.asset?.quantity}</Table.Td>
                    <Table.Td ta="right" className="tabular">
                      {row.asset ? formatMoney(row.asset.unitCostCents, money) : ''}
                    </Table.Td>
                    <Table.Td>{row.asset?.purchaseDate ?? ''}</Table.Td>
                    <Table.Td>
                      <Text size="xs" c={row.errors.length > 0 ? 'red' : 'dimmed'}>
                        {[...row.errors, ...row.warnings].join(' · ')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          <Group justify="space-between">
            <Button variant="default" onClick={() => setStep(1)}>
              Back to mapping
            </Button>
            <Button
              disabled={!canImport}
              loading={commit.isPending}
              onClick={() =>
                file &&
                commit.mutate(
                  { clientId: client.id, file, mapping: preview.mapping, sheet: preview.sheet },
                  {
                    onSuccess: ({ created, skipped }) => {
                      notifications.show({ color: 'teal', message: `${created} assets imported${skipped ? `, ${skipped} rows skipped` : ''}.` });
                      close();
                    },
                    onError: (failure) => setError(failure.message),
                  },
                )
              }
            >
              Import {preview.readyCount} assets
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
