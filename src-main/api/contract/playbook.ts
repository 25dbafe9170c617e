import { z } from 'zod';
import { month } from '../../domain/months';
import { PLAYBOOK_ACTIVITIES, playbookObjectiveYear, type PlaybookActivity } from '../../domain/playbook-objectives';
import { channel, savedFile } from './shared';

/** The playbook's channels (names listed under PLAYBOOK in channel-names.ts). */

function perActivity<T extends z.ZodType>(value: T) {
  return z.strictObject(Object.fromEntries(PLAYBOOK_ACTIVITIES.map((activity) => [activity, value])) as Record<PlaybookActivity, T>);
}

const counts = perActivity(z.number().int());

export const playbookSummaryView = z.strictObject({
  year: z.number().int(),
  activeClients: z.number().int(),
  months: z.array(z.strictObject({ month, label: z.string(), counts })),
  objectives: perActivity(z.strictObject({ value: z.number().int().nullable(), fromCadence: z.number().int().nullable(), edited: z.boolean() })),
  totals: counts,
});

const year = z.strictObject({ year: z.number().int().min(1900).max(2200) });

export const playbookChannels = {
  'playbook.summary': channel(year, z.strictObject({ summary: playbookSummaryView })),
  'playbook.setObjectives': channel(playbookObjectiveYear, z.strictObject({ summary: playbookSummaryView })),
  'export.playbookWorkbook': channel(year, savedFile),
};
