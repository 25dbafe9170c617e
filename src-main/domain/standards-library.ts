import { z } from 'zod';
import { standard, standardFields, type Standard } from './standard';
import { entityId } from './text';

/**
 * The default standards library shipped with the app (resources/standards-library.json). A
 * practice receives it once: at first start, or when it opens for the first time at schema 3.
 * `defaultStandardsEdition` records that it did, so standards the consultant deletes or retires
 * never come back.
 */

export const DEFAULT_LIBRARY_FILE = 'standards-library.json';

export const defaultLibraryFile = z.strictObject({
  edition: z.number().int().min(1),
  standards: z.array(standardFields.extend({ id: entityId })).min(1).max(5000),
});
export type DefaultLibraryFile = z.infer<typeof defaultLibraryFile>;

export interface DefaultLibrary {
  edition: number;
  standards: Standard[];
}

/** The file's entries as stored standards, each checked by the entity schema; ids must be unique. */
export function defaultLibraryOf(file: DefaultLibraryFile, nowIso: string): DefaultLibrary {
  const seen = new Set<string>();
  const standards = file.standards.map((entry) => {
    if (seen.has(entry.id)) throw new Error(`The default library lists ${entry.id} twice`);
    seen.add(entry.id);
    return standard.parse({ ...entry, origin: 'default', createdAt: nowIso, updatedAt: nowIso });
  });
  return { edition: file.edition, standards };
}

/**
 * Adds the default library to a practice that never had it (edition null) and records its
 * edition; a standard whose id is already taken is left as the practice has it. Returns how many
 * standards were added, or null when the practice already had a default library.
 */
export function addDefaultLibrary(practice: { standards: Standard[]; defaultStandardsEdition: number | null }, library: DefaultLibrary): number | null {
  if (practice.defaultStandardsEdition !== null) return null;
  const taken = new Set(practice.standards.map((item) => item.id));
  const added = library.standards.filter((item) => !taken.has(item.id));
  practice.standards.push(...added);
  practice.defaultStandardsEdition = library.edition;
  return added.length;
}
