import { MultiSelect } from '@mantine/core';
import { GOAL_STATUS_LABELS } from '../../../../src-main/domain/goal';
import { useChannel } from '../../api';

/**
 * Picks the business goals an initiative serves (PRODUCT.md §4, §6), from the client's goals.
 * Goals that were achieved or dropped stay selectable, marked, so old links still read well.
 */
export function GoalPicker({ clientId, value, onChange, error }: { clientId: string; value: string[]; onChange: (goalIds: string[]) => void; error?: string }) {
  const goals = useChannel('goals.list', { clientId });
  const all = goals.data?.goals ?? [];
  const data = all.map((goal) => ({ value: goal.id, label: goal.status === 'open' ? goal.title : `${goal.title} (${GOAL_STATUS_LABELS[goal.status].toLowerCase()})` }));
  const known = new Set(all.map((goal) => goal.id));
  const none = goals.data !== undefined && all.length === 0;
  return (
    <MultiSelect
      label="Goals it serves"
      description={none ? 'This client has no business goals yet: add them on the Business canvass page, under Goals.' : 'The client’s business goals this initiative moves forward'}
      placeholder={none ? undefined : 'Choose goals'}
      data={data}
      value={value.filter((id) => known.has(id) || goals.data === undefined)}
      onChange={onChange}
      disabled={none}
      searchable
      clearable
      nothingFoundMessage="No goal matches"
      error={error}
    />
  );
}
