import type { Handlers } from '../registry';
import { appHandlers } from './app';
import { assetHandlers } from './assets';
import { backupHandlers } from './backups';
import { budgetHandlers } from './budget';
import { clientHandlers } from './clients';
import { exportHandlers } from './exports';
import { initiativeHandlers } from './initiatives';
import { sampleHandlers } from './sample';
import { serviceHandlers } from './services';
import { settingsHandlers } from './settings';

/** Every channel's handler, one file per feature beside its contract module; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...clientHandlers,
  ...settingsHandlers,
  ...backupHandlers,
  ...sampleHandlers,
  ...assetHandlers,
  ...serviceHandlers,
  ...initiativeHandlers,
  ...budgetHandlers,
  ...exportHandlers,
};
