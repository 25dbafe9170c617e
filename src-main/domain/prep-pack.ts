import type { Client } from './client';

/**
 * The sections of a meeting prep pack (PRODUCT.md §7), after its cover. The consultant picks and
 * orders them; the choice is kept on the client (`prepPackSections`). A section with no data is
 * left out of the PDF.
 */
export const PREP_PACK_SECTIONS = ['sinceLastMeeting', 'agenda', 'alignment', 'roadmap', 'budget', 'actionItems'] as const;
export type PrepPackSection = (typeof PREP_PACK_SECTIONS)[number];

export const PREP_PACK_SECTION_LABELS: Record<PrepPackSection, string> = {
  sinceLastMeeting: 'Since our last meeting',
  agenda: 'Agenda',
  alignment: 'Alignment summary',
  roadmap: 'Roadmap',
  budget: 'Budget summary',
  actionItems: 'Open action items',
};

function isSection(value: string): value is PrepPackSection {
  return (PREP_PACK_SECTIONS as readonly string[]).includes(value);
}

/** The client's remembered sections in its order (unknown names dropped), else all of them. */
export function prepPackSectionsOf(subject: Pick<Client, 'prepPackSections'>): PrepPackSection[] {
  if (subject.prepPackSections === null) return [...PREP_PACK_SECTIONS];
  return subject.prepPackSections.filter(isSection);
}
