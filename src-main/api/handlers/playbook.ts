import { playbookSummary, type PlaybookSummary } from '../../domain/playbook';
import { PLAYBOOK_ACTIVITIES, type PlaybookObjectiveYear } from '../../domain/playbook-objectives';
import { exportFileName } from '../../export/brand';
import { playbookWorkbookOffThread } from '../../export/worker-pool';
import type { HandlerContext } from '../handler-context';
import type { HandlerMap } from '../registry';
import { brandOf, offThread, save, XLSX } from './exports';

type PlaybookChannels = 'playbook.summary' | 'playbook.setObjectives' | 'export.playbookWorkbook';

function summaryFor(context: HandlerContext, year: number): PlaybookSummary {
  const data = context.store.data;
  return playbookSummary({ year, ...data, stored: data.settings.playbookObjectives });
}

/** Builds the playbook workbook; the handler and the demo script both use it. */
export async function playbookWorkbook(context: HandlerContext, year: number) {
  const settings = context.store.data.settings;
  const practiceName = settings.consultant.company || settings.consultant.name || 'Practice';
  const brand = await brandOf(context, practiceName, `vCIO playbook ${year}`);
  return { fileName: exportFileName(brand, 'xlsx'), bytes: await offThread(playbookWorkbookOffThread(summaryFor(context, year), brand)), notice: brand.logoNotice };
}

export const playbookHandlers: HandlerMap<PlaybookChannels> = {
  'playbook.summary': async ({ year }, context) => ({ summary: summaryFor(context, year) }),

  'playbook.setObjectives': async ({ year, objectives }, context) => {
    const keep = PLAYBOOK_ACTIVITIES.some((activity) => objectives[activity] !== null);
    await context.store.mutate((draft) => {
      const others = draft.settings.playbookObjectives.filter((entry) => entry.year !== year);
      const entry: PlaybookObjectiveYear = { year, objectives: { ...objectives } };
      draft.settings.playbookObjectives = keep ? [...others, entry].sort((a, b) => a.year - b.year) : others;
    });
    return { summary: summaryFor(context, year) };
  },

  'export.playbookWorkbook': async ({ year }, context) => {
    const built = await playbookWorkbook(context, year);
    return save(context, built.fileName, built.bytes, XLSX, built.notice);
  },
};
