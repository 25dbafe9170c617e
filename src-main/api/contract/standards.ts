import { z } from 'zod';
import { PRIORITIES } from '../../domain/initiative';
import { newStandard, standard, standardPatch } from '../../domain/standard';
import { IMPORT_ACTIONS, IMPORT_SOURCES } from '../../domain/standards-import';
import { entityId, requiredText } from '../../domain/text';
import { byId, channel, deletedCount, idsToDelete, nothing, savedFile, uploadedFile } from './shared';

/** The standards library: browse and edit, change many at once, import and export (PRODUCT.md §2). */

const importRequest = z.strictObject({ file: uploadedFile });

const importRow = z.strictObject({
  rowNumber: z.number().int(),
  action: z.enum(IMPORT_ACTIONS),
  standardId: entityId.nullable(),
  category: z.string(),
  name: z.string(),
  question: z.string(),
  changes: z.array(z.string()),
  reason: z.string(),
  lint: z.array(z.string()),
});

const standardsImportPreview = z.strictObject({
  source: z.enum(IMPORT_SOURCES),
  sheet: z.string(),
  added: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  unchanged: z.number().int(),
  lintFlagged: z.number().int(),
  rows: z.array(importRow),
  problems: z.array(z.strictObject({ rowNumber: z.number().int(), message: z.string() })),
});
export type StandardsImportPreview = z.infer<typeof standardsImportPreview>;

/** What a bulk change can set on many standards at once. */
export const standardsBulkChanges = z
  .strictObject({
    category: requiredText('Category', 120).optional(),
    priority: z.enum(PRIORITIES, { error: 'Choose a priority' }).optional(),
    active: z.boolean().optional(),
  })
  .refine((changes) => Object.keys(changes).length > 0, { error: 'Choose what to change' });

export const standardChannels = {
  'standards.list': channel(nothing, z.strictObject({ standards: z.array(standard) })),
  'standards.create': channel(z.strictObject({ standard: newStandard }), z.strictObject({ standard })),
  'standards.update': channel(z.strictObject({ id: entityId, changes: standardPatch }), z.strictObject({ standard })),
  'standards.duplicate': channel(byId, z.strictObject({ standard })),
  'standards.bulkUpdate': channel(
    z.strictObject({ ids: z.array(entityId).min(1, { error: 'Select at least one standard' }).max(10_000), changes: standardsBulkChanges }),
    z.strictObject({ updated: z.number().int() }),
  ),
  'standards.delete': channel(idsToDelete, deletedCount),
  'standards.importPreview': channel(importRequest, standardsImportPreview),
  'standards.importCommit': channel(importRequest, z.strictObject({ added: z.number().int(), updated: z.number().int(), skipped: z.number().int() })),
  'export.standardsWorkbook': channel(nothing, savedFile),
};
