import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { positionWords, type ColumnItems } from './board-columns';

/** What a screen reader hears while a card moves: where it is, in the consultant's words. */

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this initiative, press Space. Then use the arrow keys: up and down within its quarter, left and right to another quarter. Press Space again to drop it, or Escape to put it back.',
};

interface BoardWords {
  titleOf: (id: string) => string;
  columnLabelOf: (key: string) => string;
  /** The columns as they stand now, during the drag. */
  items: () => ColumnItems;
}

export function boardAnnouncements(words: BoardWords): Announcements {
  const where = (id: string) => {
    const place = positionWords(words.items(), id);
    return place ? `${words.columnLabelOf(place.columnKey)}, position ${place.position} of ${place.count}` : 'its place';
  };
  const title = (id: string | number) => words.titleOf(String(id));
  // Only a change of place is announced, so the first words ("Picked up …") are not talked over.
  let lastPlace = '';
  return {
    onDragStart: ({ active }) => {
      lastPlace = where(String(active.id));
      return `Picked up ${title(active.id)} in ${lastPlace}.`;
    },
    onDragOver: ({ active, over }) => {
      const place = over ? where(String(active.id)) : 'no quarter';
      if (place === lastPlace) return undefined;
      lastPlace = place;
      return over ? `${title(active.id)} is now in ${place}.` : `${title(active.id)} is not over a quarter.`;
    },
    onDragEnd: ({ active, over }) =>
      over ? `${title(active.id)} was dropped in ${where(String(active.id))}.` : `${title(active.id)} was dropped where it was.`,
    onDragCancel: ({ active }) => `Moving ${title(active.id)} was cancelled. It is back in ${where(String(active.id))}.`,
  };
}
