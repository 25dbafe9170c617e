import { EXTERNAL_LINK_RULE, isSafeExternalUrl } from '../../domain/links';
import { monthOfLocalDate } from '../../domain/months';
import { CURRENT_SCHEMA_VERSION } from '../../store/migrations';
import type { AppStatus } from '../contract';
import { AppError } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';

type AppChannels = 'app.status' | 'app.retrySave' | 'app.openDataFolder' | 'app.openExternal' | 'app.openExport';

export async function appStatus(context: HandlerContext): Promise<AppStatus> {
  const status = context.store.status();
  const offeredBackup = status.state === 'recovery' ? await context.store.backups.newestValid() : null;
  return {
    ...status,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    offeredBackup,
    today: monthOfLocalDate(context.clock()),
  };
}

export const appHandlers: HandlerMap<AppChannels> = {
  'app.status': async (_input, context) => appStatus(context),

  'app.retrySave': async (_input, context) => {
    await context.store.retrySave();
    return appStatus(context);
  },

  'app.openDataFolder': async (_input, context) => ({ opened: await context.platform.showFolder(context.store.dataDir) }),

  // The rule is the validator's, and the message says it: https pages and mailto addresses only.
  // Nothing is rewritten here (a website typed as http:// is offered as https by websiteLink).
  'app.openExternal': async ({ url }, context) => {
    if (!isSafeExternalUrl(url)) throw new AppError('INVALID_INPUT', EXTERNAL_LINK_RULE, [{ path: 'url', message: 'Not an https or mailto link' }]);
    return { opened: await context.platform.openExternal(url) };
  },

  'app.openExport': async ({ exportId, action }, context) => {
    const file = context.savedExports.get(exportId);
    if (!file) throw new AppError('NOT_FOUND', 'That export is no longer known. Export the document again to open it.');
    const opened = action === 'open' ? await context.platform.openFile(file) : await context.platform.showFileInFolder(file);
    return { opened };
  },
};
