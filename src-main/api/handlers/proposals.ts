import { initiative as initiativeSchema, type Initiative } from '../../domain/initiative';
import { isoDateOfLocalDate, type IsoDate } from '../../domain/months';
import { isDecided, proposalRecord, type Proposal, type ProposalFields } from '../../domain/proposal';
import { acceptProposal, declineProposal } from '../../domain/proposal-decision';
import { blankProposal, proposalCopiedFrom, proposalFromInitiative } from '../../domain/proposal-drafts';
import { exportFileName } from '../../export/brand';
import { renderPdfOffThread } from '../../export/worker-pool';
import { AppError, notFound } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { requireClient } from './client-items';
import { brandOf, fontsDir, offThread, PDF, save } from './exports';
import { validated } from './validation';

type ProposalChannels =
  | 'proposals.list'
  | 'proposals.origins'
  | 'proposals.get'
  | 'proposals.create'
  | 'proposals.update'
  | 'proposals.delete'
  | 'proposals.accept'
  | 'proposals.decline'
  | 'export.proposalPdf';

function todayOf(context: HandlerContext): IsoDate {
  return isoDateOfLocalDate(context.clock());
}

function requireProposal(context: HandlerContext, id: string): Proposal {
  const found = context.store.data.proposals.find((item) => item.id === id);
  if (!found) throw notFound('That proposal');
  return found;
}

/** The client's own initiative, or an error on the field that named it. */
function clientInitiative(context: HandlerContext, clientId: string, initiativeId: string, path: string): Initiative {
  const found = context.store.data.initiatives.find((item) => item.id === initiativeId && item.clientId === clientId);
  if (!found) {
    const message = 'That initiative was not found for this client. It may have been deleted.';
    throw new AppError('INVALID_INPUT', message, [{ path, message }]);
  }
  return found;
}

function linkedInitiative(context: HandlerContext, subject: Proposal): Initiative | null {
  if (subject.initiativeId === null) return null;
  return context.store.data.initiatives.find((item) => item.id === subject.initiativeId && item.clientId === subject.clientId) ?? null;
}

function refuseDecided(subject: Proposal): void {
  if (isDecided(subject)) {
    throw new AppError('CONFLICT', `This proposal was already ${subject.status} on ${subject.decision.date ?? 'an earlier day'}. Duplicate it to make a new version.`);
  }
}

/**
 * Writes a proposal and, with it, the initiative it changed, in one change of the store: both are
 * checked whole against their schemas first, so the roadmap never holds half a decision.
 */
async function storeDecision<I extends Initiative | null>(context: HandlerContext, proposal: Proposal, initiative: I): Promise<{ proposal: Proposal; initiative: I }> {
  const checkedProposal = validated(proposalRecord, proposal, '');
  const checkedInitiative = (initiative ? validated(initiativeSchema, initiative, '') : null) as I;
  await context.store.mutate((draft) => {
    draft.proposals = draft.proposals.map((item) => (item.id === checkedProposal.id ? checkedProposal : item));
    if (!checkedInitiative) return;
    const index = draft.initiatives.findIndex((item) => item.id === checkedInitiative.id);
    if (index < 0) draft.initiatives.push(checkedInitiative);
    else draft.initiatives[index] = checkedInitiative;
  });
  return { proposal: checkedProposal, initiative: checkedInitiative };
}

function fieldsFor(context: HandlerContext, clientId: string, from: { kind: 'blank'; title?: string | undefined } | { kind: 'initiative'; initiativeId: string } | { kind: 'proposal'; proposalId: string }): ProposalFields {
  const today = todayOf(context);
  switch (from.kind) {
    case 'blank':
      return blankProposal(from.title ?? 'New proposal', today);
    case 'initiative':
      return proposalFromInitiative(clientInitiative(context, clientId, from.initiativeId, 'from.initiativeId'), today, context.newId);
    case 'proposal':
      return proposalCopiedFrom(requireProposal(context, from.proposalId), clientId, today);
  }
}

/** The proposal PDF: what the client reads and signs, with client prices only. */
export async function proposalPdf(context: HandlerContext, id: string) {
  const subject = requireProposal(context, id);
  const client = requireClient(context, subject.clientId);
  const brand = await brandOf(context, client.name, 'Proposal');
  const { markups, labourRateCents, targetMarginPercent } = context.store.data.settings;
  const input = { proposal: subject, client, settings: { markups, labourRateCents, targetMarginPercent } };
  const bytes = await offThread(renderPdfOffThread('proposal', input, brand, fontsDir(context)));
  return { fileName: exportFileName({ ...brand, documentTitle: `Proposal - ${subject.title}` }, 'pdf'), bytes, notice: brand.logoNotice };
}

export const proposalHandlers: HandlerMap<ProposalChannels> = {
  'proposals.list': async ({ clientId }, context) => {
    requireClient(context, clientId);
    return { proposals: context.store.data.proposals.filter((item) => item.clientId === clientId), today: todayOf(context) };
  },

  'proposals.origins': async (_input, context) => {
    const names = new Map(context.store.data.clients.map((item) => [item.id, item.name]));
    return {
      proposals: context.store.data.proposals.map((item) => ({
        id: item.id,
        clientId: item.clientId,
        clientName: names.get(item.clientId) ?? '',
        title: item.title,
        status: item.status,
        issueDate: item.issueDate,
      })),
    };
  },

  'proposals.get': async ({ id }, context) => ({ proposal: requireProposal(context, id), today: todayOf(context) }),

  'proposals.create': async ({ clientId, from }, context) => {
    requireClient(context, clientId);
    const now = context.clock().toISOString();
    const created = validated(proposalRecord, { ...fieldsFor(context, clientId, from), id: context.newId(), clientId, decidedAt: null, createdAt: now, updatedAt: now }, '');
    await context.store.mutate((draft) => {
      draft.proposals.push(created);
    });
    return { proposal: created };
  },

  'proposals.update': async ({ id, changes }, context) => {
    const existing = requireProposal(context, id);
    // A decided proposal stays as the client answered it; only the consultant's internal notes change.
    const { internalNotes: _notes, ...rest } = changes;
    if (Object.entries(rest).some(([key, value]) => JSON.stringify(value) !== JSON.stringify(existing[key as keyof Proposal]))) refuseDecided(existing);
    if (changes.initiativeId) clientInitiative(context, existing.clientId, changes.initiativeId, 'changes.initiativeId');
    const next = validated(proposalRecord, { ...existing, ...changes, updatedAt: context.clock().toISOString() }, 'changes');
    await context.store.mutate((draft) => {
      draft.proposals = draft.proposals.map((item) => (item.id === id ? next : item));
    });
    return { proposal: next };
  },

  'proposals.delete': async ({ ids }, context) => {
    const doomed = new Set(ids);
    const present = context.store.data.proposals.filter((item) => doomed.has(item.id)).length;
    if (present === 0) throw new AppError('NOT_FOUND', 'None of those proposals exist any more.');
    await context.store.mutate((draft) => {
      draft.proposals = draft.proposals.filter((item) => !doomed.has(item.id));
    });
    return { deleted: present };
  },

  'proposals.accept': async ({ id, date, by, note, startQuarter }, context) => {
    const existing = requireProposal(context, id);
    refuseDecided(existing);
    const data = context.store.data;
    const siblings = data.initiatives.filter((item) => item.clientId === existing.clientId);
    const accepted = acceptProposal({
      proposal: existing,
      initiative: linkedInitiative(context, existing),
      input: { date, by, note, startQuarter },
      settings: data.settings,
      money: { currency: data.settings.currency, locale: data.settings.locale },
      now: context.clock().toISOString(),
      newInitiative: { id: context.newId(), rank: Math.max(-1, ...siblings.map((item) => item.rank)) + 1 },
    });
    const stored = await storeDecision(context, accepted.proposal, accepted.initiative);
    return {
      proposal: stored.proposal,
      initiative: stored.initiative,
      createdInitiative: accepted.created,
      oneTimeDifferenceCents: accepted.mapping.oneTimeDifferenceCents,
      monthlyDifferenceCents: accepted.mapping.monthlyDifferenceCents,
    };
  },

  'proposals.decline': async ({ id, date, by, note, declineInitiative }, context) => {
    const existing = requireProposal(context, id);
    refuseDecided(existing);
    const declined = declineProposal({ proposal: existing, initiative: linkedInitiative(context, existing), input: { date, by, note, declineInitiative }, now: context.clock().toISOString() });
    return storeDecision(context, declined.proposal, declined.initiative);
  },

  'export.proposalPdf': async ({ id }, context) => {
    const built = await proposalPdf(context, id);
    return save(context, built.fileName, built.bytes, PDF, built.notice);
  },
};
