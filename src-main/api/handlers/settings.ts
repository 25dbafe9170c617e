import { inspectLogoOffThread } from '../../export/worker-pool';
import { settings as settingsSchema, settingsFields, type Settings } from '../../domain/settings';
import type { SettingsView } from '../contract';
import { AppError } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { validated } from './validation';

type SettingsChannels = 'settings.get' | 'settings.update' | 'settings.setLogo' | 'settings.removeLogo' | 'settings.moveDataFolder';

export async function logoBytes(context: HandlerContext, current: Settings): Promise<Uint8Array | null> {
  if (!current.logo) return null;
  return context.store.readSideFile(current.logo.fileName).catch(() => null);
}

async function view(context: HandlerContext): Promise<SettingsView> {
  const current = context.store.data.settings;
  const bytes = await logoBytes(context, current);
  const logoDataUrl = bytes && current.logo ? `data:${current.logo.mimeType};base64,${Buffer.from(bytes).toString('base64')}` : null;
  return { settings: current, logoDataUrl, dataDir: context.store.dataDir };
}

async function replaceSettings(context: HandlerContext, next: Settings): Promise<SettingsView> {
  await context.store.mutate((draft) => {
    draft.settings = next;
  });
  return view(context);
}

export const settingsHandlers: HandlerMap<SettingsChannels> = {
  'settings.get': async (_input, context) => view(context),

  'settings.update': async ({ changes }, context) => {
    const current = context.store.data.settings;
    const { logo, ...fields } = current;
    const next = validated(settingsFields, { ...fields, ...changes }, 'changes');
    return replaceSettings(context, { ...next, logo });
  },

  'settings.setLogo': async ({ file }, context) => {
    const bytes = new Uint8Array(Buffer.from(file.dataBase64, 'base64'));
    // The whole image is unpacked, off the thread that answers the screens: a logo cut off or
    // damaged inside is refused now rather than failing every document later.
    const inspection = await inspectLogoOffThread(bytes).catch((error: unknown) => {
      throw new AppError('INVALID_INPUT', error instanceof Error ? error.message : String(error), [{ path: 'file', message: 'The logo could not be checked' }]);
    });
    if (!inspection.ok) throw new AppError('INVALID_INPUT', inspection.message, [{ path: 'file', message: inspection.message }]);
    const fileName = inspection.mimeType === 'image/png' ? 'brand-logo.png' : 'brand-logo.jpg';
    await context.store.writeSideFile(fileName, bytes);
    const logo = { fileName, mimeType: inspection.mimeType, width: inspection.width, height: inspection.height, byteLength: bytes.length } as const;
    return replaceSettings(context, validated(settingsSchema, { ...context.store.data.settings, logo }, 'file'));
  },

  'settings.removeLogo': async (_input, context) => replaceSettings(context, { ...context.store.data.settings, logo: null }),

  'settings.moveDataFolder': async (_input, context) => {
    const target = await context.platform.chooseFolder({ title: 'Choose the new data folder', defaultPath: context.store.dataDir });
    if (!target) return { moved: false, dataDir: context.store.dataDir };
    await context.store.moveTo(target);
    await context.platform.rememberDataDir(target);
    return { moved: true, dataDir: context.store.dataDir };
  },
};
