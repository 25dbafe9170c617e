import type { InitiativeStatus, Priority } from '../../../../src-main/domain/initiative';

/** Theme colours for statuses and priorities; every badge also says its word, so colour is never the only sign. */
export const STATUS_COLOURS: Record<InitiativeStatus, string> = {
  proposed: 'blue',
  approved: 'teal',
  scheduled: 'indigo',
  inProgress: 'violet',
  done: 'green',
  deferred: 'yellow',
  declined: 'gray',
};

export const PRIORITY_COLOURS: Record<Priority, string> = { high: 'red', medium: 'orange', low: 'gray' };
