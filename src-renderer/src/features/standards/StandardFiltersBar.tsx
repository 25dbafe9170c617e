import { Group, MultiSelect, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { PRIORITIES, PRIORITY_LABELS, type Priority } from '../../../../src-main/domain/initiative';
import { STANDARD_TYPE_LABELS, STANDARD_TYPES, type StandardType } from '../../../../src-main/domain/standard';
import type { CategoryCount, StandardFilters, StatusFilter } from '../../../../src-main/domain/standard-search';

/** Search and filters of the library screen; the category list stands beside the list on wide screens. */
export function StandardFiltersBar({
  filters,
  onChange,
  categories,
  labels,
}: {
  filters: StandardFilters;
  onChange: (change: Partial<StandardFilters>) => void;
  categories: CategoryCount[];
  labels: { tags: string[]; frameworks: string[] };
}) {
  return (
    <Group gap="sm" wrap="wrap">
      <TextInput
        placeholder="Search the library"
        leftSection={<IconSearch size={16} />}
        value={filters.search}
        onChange={(event) => onChange({ search: event.currentTarget.value })}
        w={260}
        aria-label="Search the library"
        data-testid="standards-search"
      />
      <Select
        hiddenFrom="lg"
        placeholder="All categories"
        clearable
        searchable
        data={categories.map((entry) => entry.category)}
        value={filters.category}
        onChange={(category) => onChange({ category })}
        w={190}
        aria-label="Filter by category"
      />
      <MultiSelect
        placeholder={filters.priorities.length === 0 ? 'Any priority' : undefined}
        data={PRIORITIES.map((value) => ({ value, label: PRIORITY_LABELS[value] }))}
        value={[...filters.priorities]}
        onChange={(values) => onChange({ priorities: values as Priority[] })}
        w={200}
        aria-label="Filter by priority"
      />
      <Select
        placeholder="Any type"
        clearable
        data={STANDARD_TYPES.map((value) => ({ value, label: STANDARD_TYPE_LABELS[value] }))}
        value={filters.type}
        onChange={(value) => onChange({ type: value as StandardType | null })}
        w={140}
        aria-label="Filter by type"
      />
      <Select placeholder="Any framework" clearable searchable data={labels.frameworks} value={filters.framework} onChange={(framework) => onChange({ framework })} w={170} aria-label="Filter by framework" />
      <Select placeholder="Any tag" clearable searchable data={labels.tags} value={filters.tag} onChange={(tag) => onChange({ tag })} w={150} aria-label="Filter by tag" />
      <SegmentedControl
        data={[
          { value: 'active', label: 'Active' },
          { value: 'retired', label: 'Retired' },
          { value: 'all', label: 'All' },
        ]}
        value={filters.status}
        onChange={(value) => onChange({ status: value as StatusFilter })}
        aria-label="Filter by status"
      />
    </Group>
  );
}
