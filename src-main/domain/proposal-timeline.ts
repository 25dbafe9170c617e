import { PROPOSAL_TIME_FIELDS, PROPOSAL_TIME_LABELS, type ProposalTime, type ProposalTimeField } from './proposal';
import { totalHours } from './proposal-pricing';

/**
 * The proposal's timeline: its four blocks of time one after the other, each in whole weeks. A
 * project is one engineer's work among others, so a week counts as a set number of project hours;
 * the PDF says so, and the real dates are agreed when the work is scheduled.
 */

export const PROJECT_HOURS_PER_WEEK = 20;

const PHASE_DESCRIPTIONS: Record<ProposalTimeField, string> = {
  projectManagementHours: 'Hand-over from your vCIO, planning, ordering and scheduling',
  implementationHours: 'Installation and configuration, following the steps of this proposal',
  standbyHours: 'Time set aside for small issues once the new setup is in use',
  closeOutHours: 'Final checks, documentation and your confirmation that all is done',
};

export interface TimelinePhase {
  field: ProposalTimeField;
  label: string;
  description: string;
  hours: number;
  /** 1-based, inclusive. */
  firstWeek: number;
  lastWeek: number;
}

export interface ProposalTimeline {
  phases: TimelinePhase[];
  totalHours: number;
  totalWeeks: number;
}

export function weeksFor(hours: number): number {
  return Math.max(1, Math.ceil(hours / PROJECT_HOURS_PER_WEEK));
}

export function proposalTimeline(time: ProposalTime): ProposalTimeline {
  const phases: TimelinePhase[] = [];
  let week = 1;
  for (const field of PROPOSAL_TIME_FIELDS) {
    const hours = time[field];
    if (hours <= 0) continue;
    const weeks = weeksFor(hours);
    phases.push({ field, label: PROPOSAL_TIME_LABELS[field], description: PHASE_DESCRIPTIONS[field], hours, firstWeek: week, lastWeek: week + weeks - 1 });
    week += weeks;
  }
  return { phases, totalHours: totalHours(time), totalWeeks: week - 1 };
}

/** "Week 1", "Weeks 2–4". */
export function weekSpanWords(phase: Pick<TimelinePhase, 'firstWeek' | 'lastWeek'>): string {
  return phase.firstWeek === phase.lastWeek ? `Week ${phase.firstWeek}` : `Weeks ${phase.firstWeek}–${phase.lastWeek}`;
}
