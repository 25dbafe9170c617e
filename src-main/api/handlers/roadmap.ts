import { initiative, type Initiative } from '../../domain/initiative';
import { applyDecision, decisionLog, historyEntry } from '../../domain/initiative-history';
import { linkTargetsOf, type LinkTargets } from '../../domain/initiative-links';
import { monthOfLocalDate } from '../../domain/months';
import { columnKeyOf, endOfColumnRank, planMove, roadmapBoard, type RoadmapInput } from '../../domain/roadmap';
import { roadmapHandout } from '../../domain/roadmap-handout';
import { chosenGroups, initiativeFromGroup, replacementGroups } from '../../domain/roadmap-replacements';
import { exportFileName } from '../../export/brand';
import { renderPdfOffThread } from '../../export/worker-pool';
import { AppError, notFound } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { clientBudgetItems, forecastFor } from './budget';
import { requireClient } from './client-items';
import { brandOf, fontsDir, offThread, PDF, save } from './exports';
import { validated } from './validation';

type RoadmapChannels =
  | 'roadmap.board'
  | 'roadmap.move'
  | 'roadmap.decide'
  | 'roadmap.decisionLog'
  | 'roadmap.linkTargets'
  | 'roadmap.replacementGroups'
  | 'roadmap.fromReplacements'
  | 'export.roadmapPdf';

export function linkTargetsFor(context: HandlerContext, clientId: string): LinkTargets {
  return linkTargetsOf(context.store.data, clientId);
}

/** A client's items, the names its initiatives link to and the current month: what the board and the handout are made of. */
export function roadmapInputFor(context: HandlerContext, clientId: string): RoadmapInput & ReturnType<typeof clientBudgetItems> {
  return { ...clientBudgetItems(context, clientId), targets: linkTargetsFor(context, clientId), today: monthOfLocalDate(context.clock()) };
}

function requireInitiative(context: HandlerContext, id: string): Initiative {
  const found = context.store.data.initiatives.find((item) => item.id === id);
  if (!found) throw notFound('That initiative');
  return found;
}

/** Replaces stored initiatives by id in one change of the store, so a move is saved whole or not at all. */
async function storeInitiatives(context: HandlerContext, changed: readonly Initiative[]): Promise<void> {
  const byId = new Map(changed.map((item) => [item.id, item]));
  await context.store.mutate((draft) => {
    draft.initiatives = draft.initiatives.map((item) => byId.get(item.id) ?? item);
  });
}

/** The roadmap handout: one landscape page per fiscal year. */
export async function roadmapPdf(context: HandlerContext, clientId: string) {
  const input = roadmapInputFor(context, clientId);
  const brand = await brandOf(context, input.client.name, 'Roadmap');
  const bytes = await offThread(renderPdfOffThread('roadmapHandout', roadmapHandout(input), brand, fontsDir(context)));
  return { fileName: exportFileName(brand, 'pdf'), bytes, notice: brand.logoNotice };
}

export const roadmapHandlers: HandlerMap<RoadmapChannels> = {
  'roadmap.board': async ({ clientId, quartersAhead }, context) => roadmapBoard(roadmapInputFor(context, clientId), quartersAhead),

  'roadmap.move': async ({ id, toQuarter, beforeId }, context) => {
    const moving = requireInitiative(context, id);
    const siblings = context.store.data.initiatives.filter((item) => item.clientId === moving.clientId);
    if (beforeId !== null) {
      const before = siblings.find((item) => item.id === beforeId);
      if (!before || beforeId === id || columnKeyOf(before.startQuarter) !== columnKeyOf(toQuarter)) {
        throw new AppError('CONFLICT', 'The roadmap changed while you were moving that card. Look again and move it once more.');
      }
    }
    const now = context.clock().toISOString();
    const changes = planMove(siblings, id, toQuarter, beforeId, now);
    const changed = changes.map((change) => {
      const stored = siblings.find((item) => item.id === change.id)!;
      return validated(initiative, { ...stored, ...change, updatedAt: now }, '');
    });
    await storeInitiatives(context, changed);
    return { initiatives: changed };
  },

  'roadmap.decide': async ({ id, decision, date, by, note }, context) => {
    const existing = requireInitiative(context, id);
    const now = context.clock().toISOString();
    const decided = validated(initiative, { ...existing, ...applyDecision(existing, { decision, date, by, note }, now), updatedAt: now }, '');
    await storeInitiatives(context, [decided]);
    return { initiative: decided };
  },

  'roadmap.decisionLog': async ({ clientId }, context) => {
    requireClient(context, clientId);
    return { entries: decisionLog(context.store.data.initiatives.filter((item) => item.clientId === clientId)) };
  },

  'roadmap.linkTargets': async ({ clientId }, context) => {
    requireClient(context, clientId);
    return linkTargetsFor(context, clientId);
  },

  'roadmap.replacementGroups': async ({ clientId }, context) => {
    const { items, forecast } = forecastFor(context, clientId);
    return { groups: replacementGroups(forecast, items.assets, items.initiatives, items.client.fiscalYearStartMonth), horizonEndMonth: forecast.endMonth };
  },

  'roadmap.fromReplacements': async ({ clientId, assetIds }, context) => {
    const { items, forecast } = forecastFor(context, clientId);
    const groups = chosenGroups(replacementGroups(forecast, items.assets, items.initiatives, items.client.fiscalYearStartMonth), new Set(assetIds));
    const offered = new Set(groups.flatMap((group) => group.assets.map((candidate) => candidate.assetId)));
    if (assetIds.some((assetId) => !offered.has(assetId))) {
      throw new AppError('CONFLICT', 'Some of those replacements are no longer due in the plan, or are already part of an initiative. Look at the list again.');
    }
    const now = context.clock().toISOString();
    const created: Initiative[] = [];
    for (const group of groups) {
      const fields = initiativeFromGroup(group);
      const rank = endOfColumnRank([...items.initiatives, ...created], fields.startQuarter);
      const history = [historyEntry('created', now, { note: 'Made from the asset replacements in the budget' })];
      created.push(validated(initiative, { ...fields, id: context.newId(), clientId, rank, history, createdAt: now, updatedAt: now }, ''));
    }
    await context.store.mutate((draft) => {
      draft.initiatives.push(...created);
    });
    return { initiatives: created };
  },

  'export.roadmapPdf': async ({ clientId }, context) => {
    const built = await roadmapPdf(context, clientId);
    return save(context, built.fileName, built.bytes, PDF, built.notice);
  },
};
