import type { PlatformPort } from '../platform/port';
import type { PracticeStore } from '../store/practice-store';

/** What every handler gets: the store, the desktop port, and the clock and ids (replaceable in tests). */
export interface HandlerContext {
  store: PracticeStore;
  platform: PlatformPort;
  clock: () => Date;
  newId: () => string;
}
