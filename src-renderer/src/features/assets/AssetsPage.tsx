import { Anchor, Button, Card, CloseButton, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceDesktop, IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useCallback, useMemo, useState, type ReactNode } from 'react';
import { ASSET_CATEGORIES, ASSET_CATEGORY_LABELS, type Asset, type AssetCategory, type AssetPatch } from '../../../../src-main/domain/asset';
import { replacementOutlook, replacingInitiatives, type ReplacementOutlook } from '../../../../src-main/domain/asset-replacement';
import type { Client } from '../../../../src-main/domain/client';
import { ApiError, call, useChannel } from '../../api';
import { keptButNotSaved } from '../../components/forms';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useMoneyStyle, useSettings } from '../../components/settings-hooks';
import type { SortState } from '../../components/grid/SortableHeader';
import { useToday } from '../../components/useToday';
import { navigate, useRoute } from '../../router';
import { AddAssetModal } from './AddAssetModal';
import { AssetGrid, sortAssets, type AssetGridContext, type AssetSortKey } from './AssetGrid';
import { loadAssetColumns, saveAssetColumns, type OptionalAssetColumn } from './asset-columns';
import { useScreenRequest } from '../../components/screen-requests';
import { AssetImportWizard } from './AssetImportWizard';
import { ASSET_FILTER_LABELS, assetFilterOf, matchesFilter, type AssetFilter } from './asset-filters';
import { AssetSelectionBar } from './AssetSelectionBar';

type StatusFilter = 'active' | 'retired' | 'all';

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}

export function AssetsPage({ client }: { client: Client }) {
  const assets = useChannel('assets.list', { clientId: client.id });
  const initiatives = useChannel('initiatives.list', { clientId: client.id });
  const queryClient = useQueryClient();
  const money = useMoneyStyle();
  const { settings } = useSettings();
  const today = useToday();
  const route = useRoute();
  const filter = route.screen === 'client' ? assetFilterOf(route.itemId) : null;
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<AssetCategory | null>(null);
  const [status, setStatus] = useState<StatusFilter>('active');
  const [sort, setSort] = useState<SortState<AssetSortKey>>({ key: 'nextDue', descending: false });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  useScreenRequest('assets.import', useCallback(() => setImporting(true), []));
  const [deleting, setDeleting] = useState<Asset | null>(null);

  const setFilter = (next: AssetFilter | null) =>
    navigate({ screen: 'client', clientId: client.id, section: 'assets', ...(next ? { itemId: next } : {}) });

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

  const onSelect = useCallback((asset: Asset, checked: boolean) => {
    setSelected((previous) => {
      const next = new Set(previous);
      if (checked) next.add(asset.id);
      else next.delete(asset.id);
      return next;
    });
  }, []);

  const all = useMemo(() => assets.data?.assets ?? [], [assets.data]);
  const outlooks = useMemo(() => {
    const replacedBy = replacingInitiatives(initiatives.data?.initiatives ?? [], client.fiscalYearStartMonth);
    return new Map<string, ReplacementOutlook>(all.map((asset) => [asset.id, replacementOutlook(asset, settings.lifespans, today, replacedBy)]));
  }, [all, initiatives.data, client.fiscalYearStartMonth, settings.lifespans, today]);

  const [columns, setColumns] = useState<ReadonlySet<OptionalAssetColumn>>(loadAssetColumns);
  const chooseColumns = useCallback((next: ReadonlySet<OptionalAssetColumn>) => {
    setColumns(next);
    saveAssetColumns(next);
  }, []);

  const context = useMemo<AssetGridContext>(
    () => ({
      money,
      lifespans: settings.lifespans,
      replacementCosts: settings.replacementCosts,
      today,
      outlookOf: (asset) => outlooks.get(asset.id) ?? replacementOutlook(asset, settings.lifespans, today),
      selected,
      onSelect,
      onChange,
      onDuplicate,
      onDelete: setDeleting,
      columns,
    }),
    [money, settings.lifespans, settings.replacementCosts, today, outlooks, selected, onSelect, onChange, onDuplicate, columns],
  );

  const shown = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    const filtered = all.filter(
      (asset) =>
        (filter !== null || status === 'all' || asset.status === status) &&
        (filter === null || matchesFilter(asset, filter, context.outlookOf(asset), settings.replacementCosts)) &&
        (category === null || asset.category === category) &&
        (needle === '' || `${asset.name} ${asset.serial} ${asset.location}`.toLocaleLowerCase().includes(needle)),
    );
    return sortAssets(filtered, sort, context);
  }, [all, search, status, category, sort, context, filter, settings.replacementCosts]);

  const counts = useMemo(() => {
    const tally = (which: AssetFilter) => all.filter((asset) => matchesFilter(asset, which, context.outlookOf(asset), settings.replacementCosts)).length;
    const soon = all.filter((asset) => context.outlookOf(asset).dueWithin12Months).length;
    return { overdue: tally('overdue'), soon, unknown: tally('age-unknown'), replaced: tally('replaced'), estimated: tally('estimated'), unpriced: tally('unpriced') };
  }, [all, context, settings.replacementCosts]);

  const failed = assets.error ?? initiatives.error;
  if (failed) return <ErrorPanel error={failed} onRetry={() => void assets.refetch()} />;
  const categoriesPresent = ASSET_CATEGORIES.filter((value) => all.some((asset) => asset.category === value));
  const selectedAssets = all.filter((asset) => selected.has(asset.id));

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

  const link = (which: AssetFilter, label: string, colour: string): ReactNode => (
    <Anchor component="button" type="button" size="sm" c={colour === 'dimmed' ? 'dimmed' : `var(--mantine-color-${colour}-text)`} onClick={() => setFilter(which)}>
      {label}
    </Anchor>
  );
  const facts: ReactNode[] = [
    <span key="all">{count(all.length, 'asset', 'assets')}</span>,
    link('overdue', `${counts.overdue} overdue`, 'red'),
    <Text key="soon" span size="sm" c="var(--mantine-color-orange-text)">{`${counts.soon} due within 12 months`}</Text>,
  ];
  if (counts.replaced > 0) facts.push(link('replaced', `${count(counts.replaced, 'asset', 'assets')} replaced by initiatives`, 'violet'));
  if (counts.estimated > 0) facts.push(link('estimated', `${counts.estimated} without a price (estimated)`, 'orange'));
  if (counts.unpriced > 0) facts.push(link('unpriced', `${counts.unpriced} unpriced`, 'red'));
  if (counts.unknown > 0) facts.push(link('age-unknown', `${counts.unknown} with unknown age (not budgeted until dated)`, 'dimmed'));

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
              {filter === null && (
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
              )}
            </Group>
            {toolbar}
          </Group>
          {filter !== null && (
            <Card withBorder padding="xs" bg="var(--mantine-color-default-hover)" data-testid="asset-filter">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">
                  Showing assets: <b>{ASSET_FILTER_LABELS[filter].toLowerCase()}</b> ({count(shown.length, 'asset', 'assets')}).
                  {(filter === 'estimated' || filter === 'unpriced' || filter === 'no-price') &&
                    ' Click a unit cost to enter it, or select several and set one unit cost for all of them.'}
                </Text>
                <CloseButton aria-label="Show all assets" onClick={() => setFilter(null)} />
              </Group>
            </Card>
          )}
          <Text size="sm" c="dimmed" data-testid="asset-counts">
            {facts.map((fact, index) => (
              <Fragment key={index}>
                {index > 0 && ' · '}
                {fact}
              </Fragment>
            ))}
          </Text>
          {selectedAssets.length > 0 && (
            <AssetSelectionBar client={client} assets={selectedAssets} outlookOf={context.outlookOf} onDone={() => setSelected(new Set())} />
          )}
          <Card withBorder p={0}>
            {shown.length === 0 ? (
              <Text p="md" size="sm" c="dimmed">
                No asset matches these filters.
              </Text>
            ) : (
              <AssetGrid
                assets={shown}
                context={context}
                sort={sort}
                onSort={setSort}
                onSelectAll={(checked) => setSelected(checked ? new Set(shown.map((asset) => asset.id)) : new Set())}
                onColumnsChange={chooseColumns}
              />
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
