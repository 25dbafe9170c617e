/** Moving between editable cells of a table the way a spreadsheet does, found through the DOM. */

const CELL = '[data-editable-cell]';

function cellOf(element: Element): HTMLTableCellElement | null {
  return element.closest('td');
}

/** The editable cell `rows` rows below in the same column (spacer rows of a virtual list are skipped). */
export function cellBelow(element: Element, rows = 1): HTMLElement | null {
  const cell = cellOf(element);
  if (!cell) return null;
  const column = cell.cellIndex;
  let row = cell.parentElement as HTMLTableRowElement | null;
  let remaining = rows;
  while (row && remaining > 0) {
    row = row.nextElementSibling as HTMLTableRowElement | null;
    if (row && row.cells.length > column) remaining -= 1;
  }
  return row?.cells[column]?.querySelector<HTMLElement>(CELL) ?? null;
}

/** The editable cell one row above in the same column. */
export function cellAbove(element: Element): HTMLElement | null {
  const cell = cellOf(element);
  if (!cell) return null;
  let row = cell.parentElement?.previousElementSibling as HTMLTableRowElement | null | undefined;
  while (row && row.cells.length <= cell.cellIndex) row = row.previousElementSibling as HTMLTableRowElement | null;
  return row?.cells[cell.cellIndex]?.querySelector<HTMLElement>(CELL) ?? null;
}

/** The next editable cell to the right (or left) in the same row. */
export function cellBeside(element: Element, direction: 'right' | 'left'): HTMLElement | null {
  let cell = cellOf(element);
  while (cell) {
    cell = (direction === 'right' ? cell.nextElementSibling : cell.previousElementSibling) as HTMLTableCellElement | null;
    const target = cell?.querySelector<HTMLElement>(CELL);
    if (target) return target;
  }
  return null;
}

/** The event a cell receives when a pasted column reaches it. */
export const CELL_PASTE_EVENT = 'cell-paste';

/** Hands each line after the first to the cells below; returns how many cells had none to receive it. */
export function pasteBelow(element: Element, lines: readonly string[]): number {
  let missing = 0;
  lines.forEach((line, index) => {
    const target = cellBelow(element, index + 1);
    if (target) target.dispatchEvent(new CustomEvent(CELL_PASTE_EVENT, { detail: line }));
    else missing += 1;
  });
  return missing;
}
