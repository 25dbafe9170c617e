import { z } from 'zod';
import { settings, settingsPatch } from '../../domain/settings';
import { channel, nothing, uploadedFile } from './shared';

export const settingsView = z.strictObject({
  settings,
  /** The logo as a data URL for display; null without a logo. */
  logoDataUrl: z.string().nullable(),
  dataDir: z.string(),
});
export type SettingsView = z.infer<typeof settingsView>;

export const settingsChannels = {
  'settings.get': channel(nothing, settingsView),
  'settings.update': channel(z.strictObject({ changes: settingsPatch }), settingsView),
  'settings.setLogo': channel(z.strictObject({ file: uploadedFile }), settingsView),
  'settings.removeLogo': channel(nothing, settingsView),
  'settings.moveDataFolder': channel(nothing, z.strictObject({ moved: z.boolean(), dataDir: z.string() })),
};
