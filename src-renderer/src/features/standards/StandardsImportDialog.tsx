import { Alert, Badge, Button, FileButton, Group, List, Modal, ScrollArea, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { StandardsImportPreview } from '../../../../src-main/api/contract/standards';
import { call, useChange } from '../../api';
import { base64Of, MAX_UPLOAD_BYTES, type ChosenFile } from '../../components/files';
import { ImportPreviewRows } from './ImportPreviewRows';
import { standardsCount } from './labels';

type Shown = 'changes' | 'add' | 'update' | 'skip' | 'flagged';

/**
 * Import into the library: a myITprocess export or a library workbook. The preview says what will
 * be added, updated and skipped, and which questions the lint flags, before anything is written.
 */
export function StandardsImportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const commit = useChange('standards.importCommit');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<StandardsImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [shown, setShown] = useState<Shown>('changes');

  const close = () => {
    setFile(null);
    setPreview(null);
    setError(null);
    setShown('changes');
    onClose();
  };

  async function choose(chosen: File | null) {
    if (!chosen) return;
    setError(null);
    setPreview(null);
    if (chosen.size > MAX_UPLOAD_BYTES) {
      setError(`${chosen.name} is ${(chosen.size / (1024 * 1024)).toFixed(1)} MB; files up to 20 MB can be imported.`);
      return;
    }
    setLoading(true);
    try {
      const next = { name: chosen.name, dataBase64: await base64Of(chosen) };
      setFile(next);
      setPreview(await call('standards.importPreview', { file: next }));
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setLoading(false);
    }
  }

  const rows = useMemo(() => {
    const all = preview?.rows ?? [];
    if (shown === 'changes') return all.filter((row) => row.action !== 'skip');
    if (shown === 'flagged') return all.filter((row) => row.lint.length > 0);
    return all.filter((row) => row.action === shown);
  }, [preview, shown]);
  const writes = preview ? preview.added + preview.updated : 0;

  return (
    <Modal opened={opened} onClose={close} title="Import standards" size="xl" centered>
      <Stack>
        <Text size="sm" c="dimmed">
          Choose a myITprocess standards export (its sheet “Template”) or a library workbook exported from vCIO Desk. You see what will change
          before anything is written; importing the same file again changes nothing.
        </Text>
        <FileButton onChange={(chosen) => void choose(chosen)} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
          {(props) => (
            <Button {...props} variant={preview ? 'default' : 'filled'} leftSection={<IconFileImport size={16} />} loading={loading} w="fit-content" data-testid="choose-standards-file">
              {preview ? 'Choose another file…' : 'Choose file…'}
            </Button>
          )}
        </FileButton>
        {error && (
          <Alert color="red" data-testid="standards-import-error">
            {error}
          </Alert>
        )}
        {preview && file && (
          <>
            <Group gap="xs" data-testid="standards-import-summary">
              <Badge color="teal" size="lg" variant="light" tt="none">
                {preview.added} to add
              </Badge>
              <Badge color="blue" size="lg" variant="light" tt="none">
                {preview.updated} to update
              </Badge>
              <Badge color="gray" size="lg" variant="light" tt="none">
                {preview.skipped} skipped
              </Badge>
              {preview.lintFlagged > 0 && (
                <Badge color="orange" size="lg" variant="light" tt="none">
                  {preview.lintFlagged} {preview.lintFlagged === 1 ? 'question' : 'questions'} to rephrase
                </Badge>
              )}
              <Text size="xs" c="dimmed">
                {file.name}, sheet “{preview.sheet}” ({preview.source === 'myITprocess' ? 'myITprocess export' : 'library workbook'})
              </Text>
            </Group>
            {preview.problems.length > 0 && (
              <Alert color="orange" title={`${preview.problems.length} ${preview.problems.length === 1 ? 'row' : 'rows'} left out`} data-testid="standards-import-problems">
                <ScrollArea.Autosize mah={120}>
                  <List size="xs">
                    {preview.problems.map((problem) => (
                      <List.Item key={`${problem.rowNumber}-${problem.message}`}>
                        Row {problem.rowNumber}: {problem.message}
                      </List.Item>
                    ))}
                  </List>
                </ScrollArea.Autosize>
              </Alert>
            )}
            <SegmentedControl
              value={shown}
              onChange={(value) => setShown(value as Shown)}
              data={[
                { value: 'changes', label: `Changes (${writes})` },
                { value: 'add', label: `Added (${preview.added})` },
                { value: 'update', label: `Updated (${preview.updated})` },
                { value: 'skip', label: `Skipped (${preview.rows.length - writes})` },
                { value: 'flagged', label: `To rephrase (${preview.lintFlagged})` },
              ]}
              aria-label="Rows to show"
            />
            {rows.length === 0 ? (
              <Text size="sm" c="dimmed">
                No row here.
              </Text>
            ) : (
              <ImportPreviewRows rows={rows} />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button
                disabled={writes === 0}
                loading={commit.isPending}
                onClick={() =>
                  commit.mutate(
                    { file },
                    {
                      onSuccess: ({ added, updated }) => {
                        notifications.show({ color: 'teal', message: `${standardsCount(added)} added, ${updated} updated.` });
                        close();
                      },
                      onError: (failure) => setError(failure.message),
                    },
                  )
                }
              >
                {writes === 0 ? 'Nothing to import' : `Import ${standardsCount(writes)}`}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
