import type { Asset } from './asset';
import type { Goal } from './goal';
import type { InitiativeFields } from './initiative';
import type { AlignmentReview } from './review';
import type { Standard } from './standard';

/**
 * What an initiative's "why" points to (PRODUCT.md §6), by name: the standards it closes, the
 * reviews that found them, the goals it serves and the assets it replaces. A link whose target is
 * gone is left out rather than shown as a blank.
 */

export interface LinkTarget {
  id: string;
  label: string;
}

export interface LinkTargets {
  standards: LinkTarget[];
  reviews: LinkTarget[];
  goals: LinkTarget[];
  assets: LinkTarget[];
}

export interface WhyLinks {
  standards: LinkTarget[];
  reviews: LinkTarget[];
  goals: LinkTarget[];
  assets: LinkTarget[];
  clientRequest: string;
}

export type LinkIndex = Record<keyof LinkTargets, ReadonlyMap<string, string>>;

export function indexLinkTargets(targets: LinkTargets): LinkIndex {
  const index = (list: readonly LinkTarget[]) => new Map(list.map((target) => [target.id, target.label]));
  return { standards: index(targets.standards), reviews: index(targets.reviews), goals: index(targets.goals), assets: index(targets.assets) };
}

function resolve(ids: readonly string[], names: ReadonlyMap<string, string>): LinkTarget[] {
  const found: LinkTarget[] = [];
  for (const id of new Set(ids)) {
    const label = names.get(id);
    if (label !== undefined) found.push({ id, label });
  }
  return found;
}

export function whyLinks(why: InitiativeFields['why'], index: LinkIndex): WhyLinks {
  return {
    standards: resolve(why.standardIds, index.standards),
    reviews: resolve(why.reviewIds, index.reviews),
    goals: resolve(why.goalIds, index.goals),
    assets: resolve(why.assetIds, index.assets),
    clientRequest: why.clientRequest,
  };
}

export function countWord(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The why in one short line for a card or a handout: "Serves: Open a second office · Closes: MFA on email · Replaces 6 assets". */
export function shortWhy(links: WhyLinks): string {
  const parts: string[] = [];
  if (links.goals.length) parts.push(`Serves: ${links.goals.map((goal) => goal.label).join('; ')}`);
  if (links.standards.length) parts.push(`Closes: ${links.standards.map((standard) => standard.label).join('; ')}`);
  if (links.assets.length) parts.push(`Replaces ${countWord(links.assets.length, 'asset')}`);
  if (links.clientRequest) parts.push('Client request');
  return parts.join(' · ');
}

export interface LinkSources {
  standards: readonly Pick<Standard, 'id' | 'name'>[];
  reviews: readonly Pick<AlignmentReview, 'id' | 'clientId' | 'title' | 'date' | 'items'>[];
  goals: readonly Pick<Goal, 'id' | 'clientId' | 'title'>[];
  assets: readonly Pick<Asset, 'id' | 'clientId' | 'name'>[];
}

/**
 * Everything a client's initiatives may point to, by name. A standard since removed from the
 * library keeps the name its review recorded.
 */
export function linkTargetsOf(sources: LinkSources, clientId: string): LinkTargets {
  const reviews = sources.reviews.filter((review) => review.clientId === clientId);
  const standards = new Map(sources.standards.map((standard) => [standard.id, standard.name]));
  for (const review of reviews) {
    for (const item of review.items) if (!standards.has(item.standardId)) standards.set(item.standardId, item.wording.name);
  }
  return {
    standards: [...standards].map(([id, label]) => ({ id, label })),
    reviews: reviews.map((review) => ({ id: review.id, label: review.title || `Alignment review of ${review.date}` })),
    goals: sources.goals.filter((goal) => goal.clientId === clientId).map((goal) => ({ id: goal.id, label: goal.title })),
    assets: sources.assets.filter((item) => item.clientId === clientId).map((item) => ({ id: item.id, label: item.name })),
  };
}

/** Nothing to link to, e.g. for a client with no standards, reviews, goals or assets yet. */
export const NO_LINK_TARGETS: Readonly<LinkTargets> = Object.freeze({ standards: [], reviews: [], goals: [], assets: [] });
