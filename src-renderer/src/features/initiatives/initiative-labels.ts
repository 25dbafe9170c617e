import type { InitiativeStatus } from '../../../../src-main/domain/initiative';

/** Theme colours for statuses; every badge also says its word, so colour is never the only sign. */
export const STATUS_COLOURS: Record<InitiativeStatus, string> = {
  proposed: 'blue',
  approved: 'teal',
  scheduled: 'indigo',
  inProgress: 'violet',
  done: 'green',
  deferred: 'yellow',
  declined: 'gray',
};
