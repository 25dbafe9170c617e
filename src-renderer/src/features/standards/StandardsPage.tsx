import { Button, Card, Center, Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBooks, IconFileImport, IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Standard } from '../../../../src-main/domain/standard';
import { categoryCounts, libraryLabels, NO_FILTERS, standardSearch, type StandardFilters } from '../../../../src-main/domain/standard-search';
import { call, useChange, useChannel } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import { BulkBar } from './BulkBar';
import { CategoryNav } from './CategoryNav';
import { standardsCount } from './labels';
import { StandardEditor, type EditorTarget } from './StandardEditor';
import { StandardFiltersBar } from './StandardFiltersBar';
import { StandardList, type StandardListActions } from './StandardList';
import { StandardsImportDialog } from './StandardsImportDialog';

/** The consultant's standards library (PRODUCT.md §2): browse, search, edit, import and export. */
export function StandardsPage() {
  const query = useChannel('standards.list', {});
  const queryClient = useQueryClient();
  const exportWorkbook = useChange('export.standardsWorkbook');
  const [filters, setFilters] = useState<StandardFilters>(NO_FILTERS);
  const search = useDeferredValue(filters.search);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<EditorTarget>(null);
  const [importing, setImporting] = useState(false);
  const [deleting, setDeleting] = useState<Standard | null>(null);

  const standards = useMemo(() => query.data?.standards ?? [], [query.data]);
  const index = useMemo(() => standardSearch(standards), [standards]);
  const shown = useMemo(() => index.filter({ ...filters, search }), [index, filters, search]);
  const categories = useMemo(() => categoryCounts(standards), [standards]);
  const labels = useMemo(() => libraryLabels(standards), [standards]);
  const categoryNames = useMemo(() => categories.map((entry) => entry.category), [categories]);

  const refresh = useCallback(() => void queryClient.invalidateQueries(), [queryClient]);
  const failed = useCallback((error: Error) => notifications.show({ color: 'red', title: 'Not changed', message: error.message }), []);
  const actions = useMemo<StandardListActions>(
    () => ({
      onOpen: setEditing,
      onToggle: (id) =>
        setSelected((current) => {
          const next = new Set(current);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        }),
      onDuplicate: (standard) => void call('standards.duplicate', { id: standard.id }).then(refresh, failed),
      onSetActive: (standard, active) =>
        void call('standards.update', { id: standard.id, changes: { active } }).then(() => {
          notifications.show({ color: 'teal', message: `${standard.name} ${active ? 'reactivated' : 'retired'}.` });
          refresh();
        }, failed),
      onDelete: setDeleting,
    }),
    [refresh, failed],
  );

  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }

  const change = (next: Partial<StandardFilters>) => setFilters((current) => ({ ...current, ...next }));
  const allShownSelected = shown.length > 0 && shown.every((standard) => selected.has(standard.id));
  const headerActions = (
    <>
      <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>
        Import
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} />}
        loading={exportWorkbook.isPending}
        disabled={standards.length === 0}
        onClick={() =>
          exportWorkbook.mutate({}, { onSuccess: ({ savedTo }) => savedTo && notifications.show({ color: 'teal', title: 'Library exported', message: savedTo }), onError: failed })
        }
      >
        Export to Excel
      </Button>
      <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ copyOf: null, category: filters.category ?? '' })}>
        New standard
      </Button>
    </>
  );

  return (
    <>
      <PageHeader title="Standards library" description="Your company way: yes/no questions that a YES answers as aligned, each with why it matters and how to check it." actions={headerActions} />
      {standards.length === 0 ? (
        <Card withBorder>
          <EmptyState icon={<IconBooks />} title="No standards yet">
            The library holds the questions your alignment reviews ask. Add a standard, or import your myITprocess standards export or a library
            workbook.
          </EmptyState>
        </Card>
      ) : (
        <Group align="flex-start" wrap="nowrap" gap="md">
          <CategoryNav categories={categories} active={filters.category} total={standards.filter((standard) => standard.active).length} onChange={(category) => change({ category })} />
          <Stack flex={1} miw={0} gap="sm">
            <StandardFiltersBar filters={filters} onChange={change} categories={categories} labels={labels} />
            {selected.size > 0 && <BulkBar ids={[...selected]} categories={categoryNames} onDone={() => setSelected(new Set())} />}
            <Group justify="space-between" px="sm">
              <Checkbox
                label={`Select the ${standardsCount(shown.length)} shown`}
                checked={allShownSelected}
                indeterminate={!allShownSelected && shown.some((standard) => selected.has(standard.id))}
                disabled={shown.length === 0}
                onChange={() => setSelected(allShownSelected ? new Set() : new Set(shown.map((standard) => standard.id)))}
              />
              <Text size="sm" c="dimmed" data-testid="standards-count" data-filtered-for={search}>
                {standardsCount(shown.length)} of {standards.length.toLocaleString('en-US')}
              </Text>
            </Group>
            <Card withBorder padding={0}>
              {shown.length === 0 ? (
                <Text p="md" size="sm" c="dimmed">
                  No standard matches these filters. Clear the search or choose another category.
                </Text>
              ) : (
                <StandardList standards={shown} selected={selected} showCategory={filters.category === null} actions={actions} />
              )}
            </Card>
          </Stack>
        </Group>
      )}
      <StandardEditor target={editing} categories={categoryNames} labels={labels} onClose={() => setEditing(null)} />
      <StandardsImportDialog opened={importing} onClose={() => setImporting(false)} />
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this standard?"
        confirmLabel="Delete standard"
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          void call('standards.delete', { ids: [deleting.id] }).then(() => {
            setDeleting(null);
            refresh();
          }, failed);
        }}
      >
        {deleting?.name} leaves the library. Reviews that asked it keep their copy of its wording. To keep it on record, retire it instead.
      </ConfirmDialog>
    </>
  );
}
