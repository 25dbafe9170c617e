/**
 * A form's values once the stored record changed under it (a save coming back, or a change made
 * elsewhere): each field the consultant has not touched since `before` takes its `stored` value, and
 * each field they have edited keeps their edit. Resetting the whole form instead would silently
 * throw away what they typed while the save was on its way.
 */
export function rebaseEdits<T extends object>(current: T, before: T, stored: T): T {
  const rebased = { ...stored };
  for (const key of Object.keys(stored) as Array<keyof T>) {
    if (JSON.stringify(current[key]) !== JSON.stringify(before[key])) rebased[key] = current[key];
  }
  return rebased;
}
