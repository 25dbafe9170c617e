import type { Handlers } from '../registry';
import { appHandlers } from './app';
import { assetHandlers } from './assets';
import { backupHandlers } from './backups';
import { budgetHandlers } from './budget';
import { canvassHandlers } from './canvass';
import { clientHandlers } from './clients';
import { dashboardHandlers } from './dashboard';
import { exportHandlers } from './exports';
import { initiativeHandlers } from './initiatives';
import { meetingHandlers } from './meetings';
import { actionItemHandlers } from './action-items';
import { playbookHandlers } from './playbook';
import { touchHandlers } from './touches';
import { proposalHandlers } from './proposals';
import { reviewHandlers } from './reviews';
import { roadmapHandlers } from './roadmap';
import { sampleHandlers } from './sample';
import { serviceHandlers } from './services';
import { settingsHandlers } from './settings';
import { standardHandlers } from './standards';

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
  ...standardHandlers,
  ...reviewHandlers,
  ...canvassHandlers,
  ...roadmapHandlers,
  ...meetingHandlers,
  ...touchHandlers,
  ...actionItemHandlers,
  ...playbookHandlers,
  ...proposalHandlers,
  ...dashboardHandlers,
};
