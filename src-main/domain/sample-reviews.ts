import { z } from 'zod';
import type { Client } from './client';
import type { Initiative } from './initiative';
import { addMonths, type Month } from './months';
import { alignmentReview, ALIGNMENT_ANSWERS, type AlignmentReview } from './review';
import { applicableStandards, newReviewItems } from './review-items';
import type { Standard } from './standard';

/**
 * The sample practice's alignment reviews (resources/sample-reviews.json), keyed by client name.
 * Each review says how much of the client's applicable library was in line at the time; the answer
 * to each standard is drawn from a seeded value of its own, so the same standard stays aligned as
 * a client improves, and the sample works with whatever library is loaded. A few findings name a
 * standard of the default library, with the note a consultant would write and the sample initiative
 * that answers it; a finding whose standard is not in the library is passed over.
 */

const share = z.number().min(0).max(1);

const sampleFinding = z.strictObject({
  standardId: z.string(),
  answer: z.enum(ALIGNMENT_ANSWERS).default('misaligned'),
  note: z.string().default(''),
  engineerNote: z.string().default(''),
  /** The title of the client's sample initiative this finding became. */
  initiative: z.string().nullable().default(null),
});

const sampleReview = z.strictObject({
  monthsAgo: z.number().int().min(0).max(120),
  title: z.string().default(''),
  /** Of the applicable standards: the share in line, and the share that does not apply to this client. */
  aligned: share,
  notApplicable: share.default(0.04),
  findings: z.array(sampleFinding).default([]),
  privateNotes: z.string().default(''),
});

export const sampleReviewsFile = z.strictObject({
  seed: z.number().int(),
  clients: z.record(z.string(), z.strictObject({ hiddenCategories: z.array(z.string()).default([]), reviews: z.array(sampleReview).min(1) })),
});
export type SampleReviewsFile = z.infer<typeof sampleReviewsFile>;

export interface ExpandedReviews {
  reviews: AlignmentReview[];
  /** The sample clients, with the categories the sample hides for them. */
  clients: Client[];
  /** The sample initiatives, those that answer a finding naming its standard and review. */
  initiatives: Initiative[];
}

/** A number in [0, 1) for a text, the same on every machine (FNV-1a, then a 32-bit mix). */
function unitValue(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return (hash >>> 0) / 0x1_0000_0000;
}

function dayOf(value: Month): string {
  return `${value}-12`;
}

export function expandSampleReviews(
  file: SampleReviewsFile,
  data: { clients: readonly Client[]; initiatives: readonly Initiative[]; standards: readonly Standard[] },
  today: Month,
  newId: () => string,
): ExpandedReviews {
  const expanded: ExpandedReviews = {
    reviews: [],
    clients: data.clients.map((client) => ({ ...client, hiddenStandardCategories: file.clients[client.name]?.hiddenCategories ?? client.hiddenStandardCategories })),
    initiatives: data.initiatives.map((item) => ({ ...item, why: { ...item.why, standardIds: [...item.why.standardIds], reviewIds: [...item.why.reviewIds] } })),
  };
  for (const client of expanded.clients) {
    const entry = file.clients[client.name];
    if (!entry) continue;
    const applicable = applicableStandards(data.standards, client);
    if (applicable.length === 0) continue;
    const initiatives = expanded.initiatives.filter((item) => item.clientId === client.id);
    let previousId: string | null = null;
    for (const plan of [...entry.reviews].sort((a, b) => b.monthsAgo - a.monthsAgo)) {
      const id = newId();
      const date = dayOf(addMonths(today, -plan.monthsAgo));
      const findings = new Map(plan.findings.map((finding) => [finding.standardId, finding]));
      const items = newReviewItems(applicable, null, new Set()).map((item) => {
        const finding = findings.get(item.standardId);
        if (finding) {
          const initiative = finding.answer === 'misaligned' && finding.initiative ? initiatives.find((candidate) => candidate.title === finding.initiative) : undefined;
          if (initiative) {
            if (!initiative.why.standardIds.includes(item.standardId)) initiative.why.standardIds.push(item.standardId);
            initiative.why.reviewIds.push(id);
          }
          return { ...item, answer: finding.answer, note: finding.note, engineerNote: finding.engineerNote, initiativeId: initiative?.id ?? null };
        }
        const value = unitValue(`${file.seed}|${client.name}|${item.standardId}`);
        const answer = value < plan.aligned ? 'aligned' : value >= 1 - plan.notApplicable ? 'notApplicable' : 'misaligned';
        return { ...item, answer: answer as (typeof ALIGNMENT_ANSWERS)[number] };
      });
      const stamp = `${date}T16:00:00.000Z`;
      expanded.reviews.push(
        alignmentReview.parse({
          id,
          clientId: client.id,
          date,
          title: plan.title,
          status: 'completed',
          startedFromId: previousId,
          items,
          privateNotes: plan.privateNotes,
          completedAt: stamp,
          createdAt: stamp,
          updatedAt: stamp,
        }),
      );
      previousId = id;
    }
  }
  return expanded;
}
