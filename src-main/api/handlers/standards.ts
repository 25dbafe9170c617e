import { newStandard, standard, STANDARD_DEFAULTS, type Standard } from '../../domain/standard';
import { exportFileName } from '../../export/brand';
import { standardsWorkbookOffThread } from '../../export/worker-pool';
import { AppError, notFound } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { brandOf, offThread, save, XLSX } from './exports';
import { standardsImportHandlers } from './standards-import';
import { validated } from './validation';

type StandardChannels =
  | 'standards.list'
  | 'standards.create'
  | 'standards.update'
  | 'standards.duplicate'
  | 'standards.bulkUpdate'
  | 'standards.delete'
  | 'export.standardsWorkbook';

function requireStandard(context: HandlerContext, id: string): Standard {
  const found = context.store.data.standards.find((item) => item.id === id);
  if (!found) throw notFound('That standard');
  return found;
}

async function replaceStandard(context: HandlerContext, next: Standard): Promise<Standard> {
  await context.store.mutate((draft) => {
    const index = draft.standards.findIndex((item) => item.id === next.id);
    if (index < 0) throw notFound('That standard');
    draft.standards[index] = next;
  });
  return next;
}

/** Builds the library workbook; the handler and the demo script both use it. */
export async function standardsWorkbook(context: HandlerContext) {
  const consultant = context.store.data.settings.consultant;
  const brand = await brandOf(context, consultant.company || consultant.name || 'Your practice', 'Standards library');
  const bytes = await offThread(standardsWorkbookOffThread([...context.store.data.standards], brand));
  return { fileName: exportFileName(brand, 'xlsx'), bytes, notice: brand.logoNotice };
}

export const standardHandlers: HandlerMap<StandardChannels | 'standards.importPreview' | 'standards.importCommit'> = {
  'standards.list': async (_input, context) => ({ standards: context.store.data.standards }),

  'standards.create': async ({ standard: fields }, context) => {
    const now = context.clock().toISOString();
    const created = validated(standard, { ...STANDARD_DEFAULTS, ...newStandard.parse(fields), id: context.newId(), origin: 'custom', createdAt: now, updatedAt: now }, 'standard');
    await context.store.mutate((draft) => {
      draft.standards.push(created);
    });
    return { standard: created };
  },

  'standards.update': async ({ id, changes }, context) => {
    const existing = requireStandard(context, id);
    const next = validated(standard, { ...existing, ...changes, id, origin: existing.origin, createdAt: existing.createdAt, updatedAt: context.clock().toISOString() }, 'changes');
    return { standard: await replaceStandard(context, next) };
  },

  'standards.duplicate': async ({ id }, context) => {
    const existing = requireStandard(context, id);
    const now = context.clock().toISOString();
    const copy = validated(standard, { ...structuredClone(existing), name: `${existing.name} (copy)`.slice(0, 200), id: context.newId(), origin: 'custom', createdAt: now, updatedAt: now }, '');
    await context.store.mutate((draft) => {
      draft.standards.splice(draft.standards.findIndex((item) => item.id === id) + 1, 0, copy);
    });
    return { standard: copy };
  },

  'standards.bulkUpdate': async ({ ids, changes }, context) => {
    const wanted = new Set(ids);
    const now = context.clock().toISOString();
    const changed = context.store.data.standards.filter((item) => wanted.has(item.id)).map((item) => validated(standard, { ...item, ...changes, updatedAt: now }, 'changes'));
    if (changed.length === 0) throw new AppError('NOT_FOUND', 'None of those standards exist any more.');
    const byId = new Map(changed.map((item) => [item.id, item]));
    await context.store.mutate((draft) => {
      draft.standards = draft.standards.map((item) => byId.get(item.id) ?? item);
    });
    return { updated: changed.length };
  },

  'standards.delete': async ({ ids }, context) => {
    const doomed = new Set(ids);
    const present = context.store.data.standards.filter((item) => doomed.has(item.id)).length;
    if (present === 0) throw new AppError('NOT_FOUND', 'None of those standards exist any more.');
    // Reviews keep their own copy of each wording, so deleting a standard never rewrites one; an
    // initiative that gave it as a reason no longer names it.
    await context.store.mutate((draft) => {
      draft.standards = draft.standards.filter((item) => !doomed.has(item.id));
      draft.initiatives = draft.initiatives.map((item) =>
        item.why.standardIds.some((standardId) => doomed.has(standardId)) ? { ...item, why: { ...item.why, standardIds: item.why.standardIds.filter((standardId) => !doomed.has(standardId)) } } : item,
      );
    });
    return { deleted: present };
  },

  'export.standardsWorkbook': async (_input, context) => {
    const built = await standardsWorkbook(context);
    return save(context, built.fileName, built.bytes, XLSX, built.notice);
  },

  ...standardsImportHandlers,
};
