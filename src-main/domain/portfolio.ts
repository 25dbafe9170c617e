import type { ClientSummary } from './client-list';
import { roundHalfUp } from './money';

/** One vCIO's benchmark capacity (PRODUCT.md §9). */
export const VCIO_BENCHMARK = { clients: 40, mrrCents: 12_000_000 };

export function practicePortfolio(summaries: readonly ClientSummary[]) {
  const active = summaries.filter((client) => client.status === 'active' && !client.archived);
  const totalMrrCents = active.reduce((sum, client) => sum + client.mrrCents, 0);
  const users = active.reduce((sum, client) => sum + client.users, 0);
  return {
    activeClients: active.length,
    prospects: summaries.filter((client) => client.status === 'prospect' && !client.archived).length,
    totalMrrCents,
    users,
    endpoints: active.reduce((sum, client) => sum + client.endpoints, 0),
    averageAispCents: users > 0 ? roundHalfUp(totalMrrCents / users) : null,
    benchmark: VCIO_BENCHMARK,
    clientCapacityPercent: (active.length / VCIO_BENCHMARK.clients) * 100,
    mrrCapacityPercent: (totalMrrCents / VCIO_BENCHMARK.mrrCents) * 100,
    withoutDecisionMaker: active.filter((client) => client.decisionMakerCount === 0),
    withoutBudget: active.filter((client) => !client.hasBudget),
  };
}
