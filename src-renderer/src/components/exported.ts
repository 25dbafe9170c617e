import { notifications } from '@mantine/notifications';
import type { SavedFile } from '../../../src-main/api/contract';

/**
 * Tells the consultant where an export went, and anything the main side noted about it (a document
 * made without a logo that could not be drawn, for one). A cancelled save dialog says nothing.
 */
export function showExported(result: SavedFile, title = 'Exported'): void {
  if (!result.savedTo) return;
  notifications.show({ color: 'teal', title, message: result.savedTo });
  if (result.notice) notifications.show({ color: 'yellow', title: 'Note about this document', message: result.notice, autoClose: false });
}
