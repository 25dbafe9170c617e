import { Button, Card, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceDesktop, IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { ASSET_CATEGORIES, ASSET_CATEGORY_LABELS, type Asset, type AssetCategory, type AssetPatch } from '../../../../src-main/domain/asset';
import type { Client } from '../../../../src-main/domain/client';
import { replacementOutlook } from '../../../../src-main/domain/forecast';
import { ApiError, call, useChannel } from '../../api';
import { keptButNotSaved } from '../../components/forms';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useMoneyStyle, useSettings } from '../../components/settings-hooks';
import type { SortState } from '../../components/grid/SortableHeader';
import { useToday } from '../../components/useToday';
import { AddAssetModal } from './AddAssetModal';
import { AssetGrid, sortAssets, type AssetGridContext, type AssetSortKey } from './AssetGrid';
import { useScreenRequest } from '../../components/screen-requests';
import { AssetImportWizard } from './AssetImportWizard';

type StatusFilter = 'active' | 'retired' | 'all';

export function AssetsPage({ client }: { client: Client }) {
  const assets = useChannel('assets.list', { clientId: client.id });
  const queryClient = useQueryClient();
  const money = useMoneyStyle();
  const { settings } = useSettings();
  const today = useToday();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<AssetCategory | null>(null);
  const [status, setStatus] = useState<StatusFilter>('active');
  const [sort, setSort] = useState<SortState<AssetSortKey>>({ key: 'nextDue', descending: false });
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  useScreenRequest('assets.import', useCallback(() => setImporting(true), []));
  const [deleting, setDeleting] = useState<Asset | null>(null);

  const onChange = useCallback(
    async (asset: Asset, changes: AssetPatch): Promise<string | null> => {
      try {
        const { asset: updated } = await call('assets.update', { id: asset.id, changes });
        queryClient.setQueryData(['assets.list', { clientId: client.id }], (old: { assets: Asset[] } | undefined) =>
          old ? { assets: old.assets.map((item) => (item.id === updated.id ? updated : item)) } : old,
        );
        void queryClient.invalidateQueries();
        return null;
      } catch (error) {
        if (keptButNotSaved(error)) {
          void queryClient.invalidateQueries();
          return null;
        }
        return error instanceof ApiError && error.issues[0] ? error.issues[0].message : (error as Error).message;
      }
    },
    [client.id, queryClient],
  );

  const onDuplicate = useCallback(
    (asset: Asset) => {
      void call('assets.duplicate', { id: asset.id }).then(
        () => queryClient.invalidateQueries(),
        (error: Error) => notifications.show({ color: 'red', message: error.message }),
      );
    },
    [queryClient],
  );

  const context = useMemo<AssetGridContext>(
    () => ({ money, lifespans: settings.lifespans, today, onChange, onDuplicate, onDelete: setDeleting }),
    [money, settings.lifespans, today, onChange, onDuplicate],
  );

  const all = useMemo(() => assets.data?.assets ?? [], [assets.data]);
  const shown = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    const filtered = all.filter(
      (asset) =>
        (status === 'all' || asset.status === status) &&
        (category === null || asset.category === category) &&
        (needle === '' || `${asset.name} ${asset.serial} ${asset.location}`.toLocaleLowerCase().includes(needle)),
    );
    return sortAssets(filtered, sort, context);
  }, [all, search, status, category, sort, context]);

  const counts = useMemo(() => {
    let overdue = 0;
    let soon = 0;
    let unknown = 0;
    for (const asset of all) {
      const outlook = replacementOutlook(asset, settings.lifespans, today);
      if (outlook.overdue) overdue += 1;
      if (outlook.dueWithin12Months) soon += 1;
      if (outlook.ageUnknown) unknown += 1;
    }
    return { overdue, soon, unknown };
  }, [all, settings.lifespans, today]);

  if (assets.isError) return <ErrorPanel error={assets.error} onRetry={() => void assets.refetch()} />;
  const categoriesPresent = ASSET_CATEGORIES.filter((value) => all.some((asset) => asset.category === value));

  const toolbar = (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>
        Import CSV or Excel
      </Button>
      <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
        Add asset
      </Button>
    </Group>
  );

  return (
    <Stack>
      {assets.data && all.length === 0 ? (
        <Card withBorder>
          <EmptyState icon={<IconDeviceDesktop />} title="No assets yet" actions={toolbar}>
            Record the hardware and software {client.name} owns, with purchase dates, so their replacements land in the budget. Import the
            export of your RMM or PSA tool, or add assets one by one.
          </EmptyState>
        </Card>
      ) : (
        <>
          <Group justify="space-between">
            <Group gap="sm">
              <TextInput placeholder="Search name, serial, location" leftSection={<IconSearch size={16} />} value={search} onChange={(event) => setSearch(event.currentTarget.value)} w={240} aria-label="Search assets" />
              <Select
                placeholder="All categories"
                clearable
                data={categoriesPresent.map((value) => ({ value, label: ASSET_CATEGORY_LABELS[value] }))}
                value={category}
                onChange={(value) => setCategory(value as AssetCategory | null)}
                w={190}
                aria-label="Filter by category"
              />
              <SegmentedControl
                data={[
                  { value: 'active', label: 'Active' },
                  { value: 'retired', label: 'Retired' },
                  { value: 'all', label: 'All' },
                ]}
                value={status}
                onChange={(value) => setStatus(value as StatusFilter)}
                aria-label="Filter by status"
              />
            </Group>
            {toolbar}
          </Group>
          <Text size="sm" c="dimmed" data-testid="asset-counts">
            {all.length} assets · <Text span c="red.7">{counts.overdue} overdue</Text> · <Text span c="orange.7">{counts.soon} due within 12 months</Text>
            {counts.unknown > 0 && ` · ${counts.unknown} with unknown age (not budgeted until dated)`}
          </Text>
          <Card withBorder p={0}>
            {shown.length === 0 ? (
              <Text p="md" size="sm" c="dimmed">
                No asset matches these filters.
              </Text>
            ) : (
              <AssetGrid assets={shown} context={context} sort={sort} onSort={setSort} />
            )}
          </Card>
        </>
      )}
      <AddAssetModal client={client} opened={adding} onClose={() => setAdding(false)} />
      <AssetImportWizard client={client} opened={importing} onClose={() => setImporting(false)} />
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this asset?"
        confirmLabel="Delete asset"
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          void call('assets.delete', { ids: [deleting.id] }).then(
            () => {
              setDeleting(null);
              void queryClient.invalidateQueries();
            },
            (error: Error) => notifications.show({ color: 'red', message: error.message }),
          );
        }}
      >
        {deleting?.name} will be removed from the register and the budget. To keep its history, retire it instead.
      </ConfirmDialog>
    </Stack>
  );
}
