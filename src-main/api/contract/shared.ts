import { z } from 'zod';
import { entityId } from '../../domain/text';

/** Pieces every feature's channels are made of. */

export function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const nothing = z.strictObject({});
export const byId = z.strictObject({ id: entityId });
export const byClient = z.strictObject({ clientId: entityId });
export const idsToDelete = z.strictObject({ ids: z.array(entityId).min(1).max(10_000) });
export const deletedCount = z.strictObject({ deleted: z.number().int() });

/** A file the consultant saved through the save dialog. */
export const savedFile = z.strictObject({
  /** Null when the consultant cancelled the save dialog. */
  savedTo: z.string().nullable(),
  fileName: z.string(),
  /** Names the saved file for app.openExport; null when nothing was saved. */
  exportId: entityId.nullable(),
  /** Something the consultant should know about the document, e.g. that it was made without the logo. */
  notice: z.string().optional(),
});
export type SavedFile = z.infer<typeof savedFile>;

/** A file handed over by the renderer (chosen by the consultant in a file picker). */
export const uploadedFile = z.strictObject({
  name: z.string().min(1).max(255),
  dataBase64: z
    .string()
    .max(28_000_000, { error: 'The file is larger than 20 MB' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The file content is not valid base64' }),
});
