/** Ids for new rows of a proposal (steps, lines, resources): unique within the proposal, valid entity ids. */
let counter = 0;

export function newRowId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter.toString(36)}`;
}
