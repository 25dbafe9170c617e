import { DEFAULT_LIBRARY_FILE, defaultLibraryFile, defaultLibraryOf, type DefaultLibrary } from '../domain/standards-library';
import type { PlatformPort } from '../platform/port';

/**
 * Reads the default standards library from the bundled resources. A missing or invalid file is
 * logged and answered with null: the practice opens without it and gets it at a later start.
 */
export async function readDefaultLibrary(
  platform: PlatformPort,
  nowIso: string,
  log: (message: string, error: unknown) => void,
): Promise<DefaultLibrary | null> {
  try {
    const text = new TextDecoder().decode(await platform.readResource(DEFAULT_LIBRARY_FILE));
    return defaultLibraryOf(defaultLibraryFile.parse(JSON.parse(text)), nowIso);
  } catch (error) {
    log('The default standards library could not be loaded; the practice opens without it', error);
    return null;
  }
}
