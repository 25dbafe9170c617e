import type { PracticeData } from '../../src-main/domain/practice';
import { PREP_PACK_SECTIONS } from '../../src-main/domain/prep-pack';

/**
 * One plausible input (or a few variants) for each export channel of the contract, for the largest
 * client of the benchmark practice. The benchmark enumerates every `export.*` channel the contract
 * has: a channel listed here is measured with these inputs; one not listed is tried with
 * `{ clientId }` alone, and reported as not measured when the contract refuses that. Channels
 * whose feature has not landed yet are skipped, so entries may come before their channel.
 */

export interface ExportTarget {
  clientId: string;
  data: Readonly<PracticeData>;
  today: Date;
}

export interface ExportVariant {
  /** Added to the channel name in the figure's label, e.g. "consultant's copy". */
  variant: string;
  input: unknown;
}

type InputsFor = (target: ExportTarget) => ExportVariant[];

/** The first record of a client in a collection, by id (null when the client has none). */
function firstOf(items: ReadonlyArray<{ clientId: string; id: string }>, clientId: string): string | null {
  return items.find((item) => item.clientId === clientId)?.id ?? null;
}

/** The input with `key` set to the client's first record of the collection, or nothing when it has none. */
function byRecord(key: string, items: (data: Readonly<PracticeData>) => ReadonlyArray<{ clientId: string; id: string }>, extra: Record<string, unknown> = {}, variant = ''): InputsFor {
  return ({ clientId, data }) => {
    const id = firstOf(items(data), clientId);
    return id === null ? [] : [{ variant, input: { [key]: id, ...extra } }];
  };
}

export const EXPORT_INPUTS: Record<string, InputsFor> = {
  'export.clientProfilePdf': ({ clientId }) => [{ variant: '', input: { clientId, includePrivateNotes: false } }],
  'export.budgetPdf': ({ clientId }) => [{ variant: '', input: { clientId } }],
  'export.budgetWorkbook': ({ clientId }) => [
    { variant: "client's copy", input: { clientId, internal: false } },
    { variant: "consultant's copy", input: { clientId, internal: true } },
  ],
  'export.roadmapPdf': ({ clientId }) => [{ variant: '', input: { clientId } }],
  'export.standardsWorkbook': () => [{ variant: 'whole library', input: {} }],
  'export.alignmentPdf': byRecord('reviewId', (data) => data.reviews, { includePrivateNotes: false, includeEngineerNotes: false }),
  'export.canvassPdf': ({ clientId }) => [{ variant: '', input: { clientId, includePrivateNotes: false } }],
  'export.questionnairePdf': ({ clientId }) => [{ variant: '', input: { clientId } }],
  'export.meetingAgendaPdf': byRecord('meetingId', (data) => data.meetings, { includeQuestionnaire: true }),
  // The next planned meeting, with every section of the pack.
  'export.prepPackPdf': ({ clientId, data }) => {
    const next = data.meetings.find((meeting) => meeting.clientId === clientId && meeting.status === 'planned');
    return next ? [{ variant: 'every section', input: { meetingId: next.id, sections: [...PREP_PACK_SECTIONS] } }] : [];
  },
  'export.meetingSummaryPdf': byRecord('meetingId', (data) => data.meetings),
  'export.meetingIcs': byRecord('meetingId', (data) => data.meetings),
  'export.meetingsIcs': ({ clientId, data }) => {
    const meetingIds = data.meetings.filter((meeting) => meeting.clientId === clientId).map((meeting) => meeting.id).slice(0, 500);
    return meetingIds.length === 0 ? [] : [{ variant: `${meetingIds.length} meetings`, input: { meetingIds } }];
  },
  'export.proposalPdf': byRecord('id', (data) => data.proposals),
  'export.playbookWorkbook': ({ today }) => [{ variant: '', input: { year: today.getFullYear() } }],
};

/**
 * Channels that are not one document: the batch of prep packs asks for a folder and then writes one
 * file a meeting (each write is the prep-pack PDF, measured on its own).
 */
export const NOT_A_DOCUMENT = new Set(['export.prepPackBatchStart', 'export.prepPackBatchWrite']);
