import { Alert, Button, FileButton, Modal, Stack, Stepper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { ImportPreview } from '../../../../src-main/api/contract';
import type { ImportMapping } from '../../../../src-main/domain/asset-import';
import type { Client } from '../../../../src-main/domain/client';
import { call, useChange } from '../../api';
import { base64Of, type ChosenFile } from '../../components/files';
import { ImportCheckStep } from './ImportCheckStep';
import { ImportMappingStep } from './ImportMappingStep';

function importedMessage(result: { created: number; updated: number; retired: number; skipped: number }): string {
  const parts = [
    result.created > 0 ? `${result.created} added` : '',
    result.updated > 0 ? `${result.updated} updated` : '',
    result.retired > 0 ? `${result.retired} retired` : '',
    result.skipped > 0 ? `${result.skipped} rows left as they were or skipped` : '',
  ].filter(Boolean);
  return `Assets imported: ${parts.join(', ')}.`;
}

/**
 * Asset import: choose a file, map its columns and device types (remembered for next time), see every
 * row's fate (new, updated, unchanged, rejected) and the devices no longer listed, then confirm.
 * Nothing is written before the confirmation.
 */
export function AssetImportWizard({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const commit = useChange('assets.importCommit');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [retire, setRetire] = useState<ReadonlySet<string>>(new Set());
  const [step, setStep] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const reset = () => {
    setFile(null);
    setPreview(null);
    setRetire(new Set());
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
      const next = await call('assets.importPreview', { clientId: client.id, file: nextFile, mapping, sheet });
      setPreview(next);
      const stillMissing = new Set(next.missing.map((item) => item.id));
      setRetire((previous) => new Set([...previous].filter((id) => stillMissing.has(id))));
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

  const confirm = () => {
    if (!file || !preview) return;
    commit.mutate(
      { clientId: client.id, file, mapping: preview.mapping, sheet: preview.sheet, retireAssetIds: [...retire] },
      {
        onSuccess: (result) => {
          notifications.show({ color: 'teal', message: importedMessage(result) });
          close();
        },
        onError: (failure) => setError(failure.message),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={`Import assets for ${client.name}`} size="90%" centered closeButtonProps={{ 'aria-label': 'Close the import' }}>
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
          <Text c="dimmed" ta="center" maw={560}>
            Export the device list from your RMM or PSA tool (NinjaOne, Datto RMM, ConnectWise and others) as CSV or XLSX. The first row must name
            the columns. Dates in ISO, US or European form and amounts with currency symbols are understood. Importing an updated export again
            updates the devices already recorded.
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

      {step === 1 && preview && file && (
        <ImportMappingStep
          preview={preview}
          fileName={file.name}
          loading={loading}
          onMapping={setMapping}
          onSheet={(sheet) => void refresh(file, preview.mapping, sheet)}
          onBack={reset}
          onNext={() => setStep(2)}
        />
      )}

      {step === 2 && preview && (
        <ImportCheckStep preview={preview} retire={retire} onRetire={setRetire} busy={commit.isPending} onBack={() => setStep(1)} onImport={confirm} />
      )}
    </Modal>
  );
}
