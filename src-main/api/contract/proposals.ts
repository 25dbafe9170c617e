import { z } from 'zod';
import { fiscalQuarter, isoDate } from '../../domain/months';
import { initiative } from '../../domain/initiative';
import { proposal, proposalChanges, PROPOSAL_STATUSES } from '../../domain/proposal';
import { entityId, optionalText, requiredText } from '../../domain/text';
import { byClient, byId, channel, deletedCount, idsToDelete, nothing, savedFile } from './shared';

/** The proposals feature's channels (names listed under PROPOSALS in channel-names.ts). */

/** Where a new proposal starts: empty, from a roadmap initiative, or as a copy of an earlier proposal (any client's). */
const proposalSource = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('blank'), title: requiredText('Title', 200).optional() }),
    z.strictObject({ kind: z.literal('initiative'), initiativeId: entityId }),
    z.strictObject({ kind: z.literal('proposal'), proposalId: entityId }),
  ],
  { error: 'Choose how to start the proposal' },
);
export type ProposalSource = z.input<typeof proposalSource>;

/** A proposal with the day the main side calls today, so screens mark expiry the same way everywhere. */
const withToday = { today: isoDate };

/** An earlier proposal offered as the start of a new one. */
export const proposalOrigin = z.strictObject({
  id: entityId,
  clientId: entityId,
  clientName: z.string(),
  title: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  issueDate: isoDate,
});
export type ProposalOrigin = z.infer<typeof proposalOrigin>;

const decision = {
  id: entityId,
  date: isoDate,
  by: optionalText('Decided by', 120),
};

export const proposalChannels = {
  'proposals.list': channel(byClient, z.strictObject({ proposals: z.array(proposal), ...withToday })),
  'proposals.origins': channel(nothing, z.strictObject({ proposals: z.array(proposalOrigin) })),
  'proposals.get': channel(byId, z.strictObject({ proposal, ...withToday })),
  'proposals.create': channel(z.strictObject({ clientId: entityId, from: proposalSource }), z.strictObject({ proposal })),
  'proposals.update': channel(z.strictObject({ id: entityId, changes: proposalChanges }), z.strictObject({ proposal })),
  'proposals.delete': channel(idsToDelete, deletedCount),
  'proposals.accept': channel(
    z.strictObject({ ...decision, note: optionalText('Note', 2000), startQuarter: fiscalQuarter.nullable() }),
    z.strictObject({
      proposal,
      initiative,
      createdInitiative: z.boolean(),
      /** Budget price minus proposal price, from markups carrying two decimals (see domain/proposal-decision.ts). */
      oneTimeDifferenceCents: z.number().int(),
      monthlyDifferenceCents: z.number().int(),
    }),
  ),
  'proposals.decline': channel(
    z.strictObject({ ...decision, note: requiredText('The client’s reason', 2000), declineInitiative: z.boolean().default(true) }),
    z.strictObject({ proposal, initiative: initiative.nullable() }),
  ),
  'export.proposalPdf': channel(byId, savedFile),
};
