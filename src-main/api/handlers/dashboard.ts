import { practiceDashboard } from '../../domain/portfolio';
import type { HandlerMap } from '../registry';
import { clientSummaries } from './clients';
import { todayOf } from './meeting-records';

export const dashboardHandlers: HandlerMap<'dashboard.summary'> = {
  'dashboard.summary': async (_input, context) => {
    const data = context.store.data;
    return {
      dashboard: practiceDashboard({
        summaries: clientSummaries(data),
        ...data,
        today: todayOf(context),
        alignmentScores: null,
      }),
    };
  },
};
