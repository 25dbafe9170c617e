import type { PlatformPort } from '../platform/port';
import type { PracticeStore } from '../store/practice-store';

/** What every handler gets: the store, the desktop port, and the clock and ids (replaceable in tests). */
export interface HandlerContext {
  store: PracticeStore;
  platform: PlatformPort;
  clock: () => Date;
  newId: () => string;
  /**
   * Files saved by exports in this session, by an id handed to the renderer: the renderer can ask
   * to open one or show it in its folder, never name a path of its own.
   */
  savedExports: Map<string, string>;
}
