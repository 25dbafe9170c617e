import type { Priority } from '../../../../src-main/domain/initiative';

/** Theme colours of the priorities, the same wherever a standard or a finding is shown. */
export const PRIORITY_COLOURS: Record<Priority, string> = { high: 'red', medium: 'orange', low: 'gray' };

/** "1 standard", "12 standards". */
export function standardsCount(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'standard' : 'standards'}`;
}
