import { z } from 'zod';
import { initiative, INITIATIVE_DEFAULTS, INITIATIVE_STATUSES, PRIORITIES, type Initiative, type InitiativeHistoryEntry } from './initiative';
import { applyDecision, DECISIONS, historyEntry, historyForChange, quarterWords } from './initiative-history';
import { addQuarters, fiscalQuarterOfMonth, type FiscalQuarter, type Month } from './months';
import type { PracticeData } from './practice';
import { endOfColumnRank } from './roadmap';

/**
 * The sample practice's roadmaps (resources/sample-roadmap.json), keyed by client name. It gives the
 * sample initiatives their reasons, decisions and moves, and adds a few more. Links name their
 * targets by a stable key: a goal by its title, a standard by its name, an asset by its name. They
 * are resolved once every part of the sample practice is loaded; a link whose target is absent is
 * left out.
 */

const quartersFromNow = z.number().int().min(-8).max(40);

const sampleLinks = z.strictObject({
  goals: z.array(z.string()).default([]),
  standards: z.array(z.string()).default([]),
  assets: z.array(z.string()).default([]),
  clientRequest: z.string().default(''),
});

const sampleDecision = z.strictObject({
  decision: z.enum(DECISIONS),
  daysAgo: z.number().int().min(0).max(3650),
  /** A contact's name. */
  by: z.string(),
  note: z.string().default(''),
});

const sampleStory = {
  links: sampleLinks.default({ goals: [], standards: [], assets: [], clientRequest: '' }),
  decision: sampleDecision.nullable().default(null),
  /** Where it was first planned, before it moved to where it is now (null: unscheduled). */
  movedFromQuartersFromNow: quartersFromNow.nullable().optional(),
};

/** An initiative of sample-practice.json, found by its title, given its story. */
const sampleEnrichment = z.strictObject({ title: z.string(), ...sampleStory });

/** An initiative only the roadmap sample has. */
const sampleAddition = z.strictObject({
  title: z.string(),
  description: z.string().default(''),
  priority: z.enum(PRIORITIES).default('medium'),
  status: z.enum(INITIATIVE_STATUSES).default('proposed'),
  startQuartersFromNow: quartersFromNow.nullable(),
  oneTimeCostCents: z.number().int().min(0).default(0),
  recurringMonthlyCostCents: z.number().int().min(0).default(0),
  labourHours: z.number().min(0).default(0),
  owner: z.string().default(''),
  businessRisk: z.string().default(''),
  ...sampleStory,
});

const sampleClientRoadmap = z.strictObject({
  initiatives: z.array(sampleEnrichment).default([]),
  additions: z.array(sampleAddition).default([]),
});

export const sampleRoadmapFile = z.strictObject({ clients: z.record(z.string(), sampleClientRoadmap) });
export type SampleRoadmapFile = z.infer<typeof sampleRoadmapFile>;

export interface ExpandedRoadmap {
  /** Sample initiatives given their reasons, decisions and moves. */
  updated: Initiative[];
  added: Initiative[];
}

type Story = z.infer<typeof sampleEnrichment>;

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function dayBefore(nowIso: string, days: number): string {
  return new Date(Date.parse(nowIso) - days * 86_400_000).toISOString().slice(0, 10);
}

interface ClientScope {
  practice: Readonly<PracticeData>;
  clientId: string;
  current: FiscalQuarter;
  nowIso: string;
}

/** The why of a story, with only the links whose targets exist. */
function resolveWhy(story: Story, scope: ClientScope): Initiative['why'] {
  const { practice, clientId } = scope;
  const goals = practice.goals.filter((goal) => goal.clientId === clientId);
  const assets = practice.assets.filter((item) => item.clientId === clientId);
  const reviews = practice.reviews.filter((review) => review.clientId === clientId).sort((a, b) => b.date.localeCompare(a.date));
  const standardIds: string[] = [];
  const reviewIds: string[] = [];
  for (const name of story.links.standards) {
    const standard = practice.standards.find((candidate) => sameName(candidate.name, name));
    if (!standard) continue;
    standardIds.push(standard.id);
    // The latest review that found it misaligned is the finding this initiative answers.
    const finding = reviews.find((review) => review.items.some((item) => item.standardId === standard.id && item.answer === 'misaligned'));
    if (finding && !reviewIds.includes(finding.id)) reviewIds.push(finding.id);
  }
  const idsOf = <T extends { id: string }>(names: readonly string[], list: readonly T[], nameOf: (item: T) => string) =>
    names.flatMap((name) => list.filter((item) => sameName(nameOf(item), name)).map((item) => item.id));
  return {
    standardIds,
    reviewIds,
    goalIds: idsOf(story.links.goals, goals, (goal) => goal.title),
    assetIds: idsOf(story.links.assets, assets, (item) => item.name),
    clientRequest: story.links.clientRequest,
  };
}

/** The links an initiative already has (a finding, a goal) kept, and the story's added to them. */
function withLinks(current: Initiative['why'], story: Initiative['why']): Initiative['why'] {
  const union = (left: readonly string[], right: readonly string[]) => [...new Set([...left, ...right])];
  return {
    standardIds: union(current.standardIds, story.standardIds),
    reviewIds: union(current.reviewIds, story.reviewIds),
    goalIds: union(current.goalIds, story.goalIds),
    assetIds: union(current.assetIds, story.assetIds),
    clientRequest: story.clientRequest || current.clientRequest,
  };
}

function withStory(item: Initiative, story: Story, scope: ClientScope): Initiative {
  const history: InitiativeHistoryEntry[] = [...item.history];
  if (story.movedFromQuartersFromNow !== undefined) {
    const from = story.movedFromQuartersFromNow === null ? null : addQuarters(scope.current, story.movedFromQuartersFromNow);
    history.push(historyEntry('moved', scope.nowIso, { from: quarterWords(from), to: quarterWords(item.startQuarter) }));
  }
  let next: Initiative = { ...item, why: withLinks(item.why, resolveWhy(story, scope)), history };
  if (story.decision) {
    const date = dayBefore(scope.nowIso, story.decision.daysAgo);
    const decided = applyDecision(next, { decision: story.decision.decision, date, by: story.decision.by, note: story.decision.note }, scope.nowIso);
    // Work approved and later put off keeps the status the sample gives it, with that change on record.
    const later = historyForChange({ ...next, ...decided }, item, scope.nowIso);
    next = { ...next, ...decided, status: item.status, history: [...decided.history, ...later] };
  }
  return initiative.parse(next);
}

/** Gives the sample clients' initiatives their stories and adds the roadmap-only ones; `practice` holds every other sample part. */
export function expandSampleRoadmap(
  file: SampleRoadmapFile,
  practice: Readonly<PracticeData>,
  clientIds: ReadonlySet<string>,
  today: Month,
  newId: () => string,
  nowIso: string,
): ExpandedRoadmap {
  const expanded: ExpandedRoadmap = { updated: [], added: [] };
  for (const client of practice.clients) {
    const roadmap = file.clients[client.name];
    if (!roadmap || !clientIds.has(client.id)) continue;
    const scope: ClientScope = { practice, clientId: client.id, current: fiscalQuarterOfMonth(today, client.fiscalYearStartMonth), nowIso };
    const own = practice.initiatives.filter((item) => item.clientId === client.id);
    for (const story of roadmap.initiatives) {
      const found = own.find((item) => sameName(item.title, story.title));
      if (found) expanded.updated.push(withStory(found, story, scope));
    }
    for (const addition of roadmap.additions) {
      const startQuarter = addition.startQuartersFromNow === null ? null : addQuarters(scope.current, addition.startQuartersFromNow);
      const base = initiative.parse({
        ...structuredClone(INITIATIVE_DEFAULTS),
        id: newId(),
        clientId: client.id,
        title: addition.title,
        description: addition.description,
        priority: addition.priority,
        status: addition.status,
        startQuarter,
        oneTimeCostCents: addition.oneTimeCostCents,
        recurringMonthlyCostCents: addition.recurringMonthlyCostCents,
        labourHours: addition.labourHours,
        owner: addition.owner,
        businessImpact: { ...INITIATIVE_DEFAULTS.businessImpact, businessRisk: addition.businessRisk },
        rank: endOfColumnRank([...own, ...expanded.added.filter((item) => item.clientId === client.id)], startQuarter),
        history: [historyEntry('created', nowIso)],
        createdAt: nowIso,
        updatedAt: nowIso,
      });
      expanded.added.push(withStory(base, addition, scope));
    }
  }
  return expanded;
}
