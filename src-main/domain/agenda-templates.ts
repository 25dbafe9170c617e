import type { AgendaItem, AgendaTemplate } from './meeting';

/**
 * The agendas a consultant starts from (editable in settings), and the questionnaire a client
 * fills in before the meeting, drawn from the agenda (PRODUCT.md §7).
 */

type TemplateItem = AgendaTemplate['items'][number];

function item(title: string, minutes: number, question = '', notes = ''): TemplateItem {
  return { title, minutes, notes, question };
}

export const DEFAULT_AGENDA_TEMPLATES: AgendaTemplate[] = [
  {
    id: 'template-strategy',
    name: 'Strategy meeting',
    meetingType: 'strategy',
    items: [
      item('What has changed in the business', 10, 'What has changed since we last met: people, locations, customers or plans?'),
      item('Action items from our last meeting', 10, 'Which open items matter most to you right now?'),
      item('Business goals for the year ahead', 15, 'Which business goals should technology help with over the next twelve months?'),
      item('Alignment review: findings and business impact', 15, 'Has anything slowed your team down or felt risky lately?'),
      item('Roadmap for the next four quarters', 15, 'Are there projects or purchases coming that we should fit into the roadmap?'),
      item('Budget: replacements and projects ahead', 15, 'Is there a spending limit or a timing we should respect this year?'),
      item('Decisions and next steps', 10),
    ],
  },
  {
    id: 'template-business-review',
    name: 'Technology business review',
    meetingType: 'businessReview',
    items: [
      item(
        'Recurring support issues',
        15,
        'Which IT problems keep coming back for your team?',
        'Group repeat tickets by cause and bring a permanent fix for each.',
      ),
      item('Upcoming projects', 10, 'What is coming up that will need IT: new hires, a move, new software?'),
      item('Alignment review', 15, 'Is there an area of your IT you would like us to look at more closely?', 'Misaligned standards with their business impact.'),
      item(
        'Proactivity metrics',
        10,
        'Which figures would you like to see at each review?',
        'Keep to a few: issues prevented by monitoring, patch compliance, backup success rate, average response time.',
      ),
      item('Action items and next steps', 10),
    ],
  },
  {
    id: 'template-alignment-visit',
    name: 'Alignment visit',
    meetingType: 'alignmentVisit',
    items: [
      item('Walk-through of the site and equipment', 45, 'Which rooms, closets or devices should we see while on site?'),
      item('Standards review with the office manager', 45, 'Who on your team knows the day-to-day IT routines best?'),
      item('Findings to confirm on the spot', 20),
      item('Next steps', 10),
    ],
  },
  {
    id: 'template-check-in',
    name: 'Check-in',
    meetingType: 'checkIn',
    items: [
      item('Anything urgent', 10, 'Is anything getting in your way this month?'),
      item('Open action items', 10),
      item('Changes coming up', 10, 'Any changes in staff, premises or software on the horizon?'),
    ],
  },
];

/** A meeting agenda from a template: the template's items with fresh ids. */
export function agendaFromTemplate(template: Pick<AgendaTemplate, 'items'>, newId: () => string): AgendaItem[] {
  return template.items.map((entry) => ({ ...entry, id: newId() }));
}

export interface QuestionnaireQuestion {
  /** The agenda item it prepares, or empty for the general questions. */
  topic: string;
  question: string;
}

/**
 * What to ask the client before the meeting: one question an agenda item (its own, else a general
 * one naming the item), between an opening and a closing question.
 */
export function questionnaireFor(agenda: readonly Pick<AgendaItem, 'title' | 'question'>[]): QuestionnaireQuestion[] {
  return [
    { topic: '', question: 'What would make this meeting worthwhile for you?' },
    ...agenda.map((entry) => ({ topic: entry.title, question: entry.question || `Anything you would like us to cover under “${entry.title}”?` })),
    { topic: '', question: 'Is there anything else you want on the agenda?' },
  ];
}
