import type { Handlers } from '../registry';
import { appHandlers } from './app';
import { assetImportHandlers } from './asset-import';
import { backupHandlers } from './backups';
import { budgetHandlers } from './budget';
import { budgetItemHandlers } from './budget-items';
import { clientHandlers } from './clients';
import { exportHandlers } from './exports';
import { sampleHandlers } from './sample';
import { settingsHandlers } from './settings';

/** Every channel's handler, one file per feature; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...clientHandlers,
  ...settingsHandlers,
  ...backupHandlers,
  ...sampleHandlers,
  ...budgetItemHandlers,
  ...assetImportHandlers,
  ...budgetHandlers,
  ...exportHandlers,
};
