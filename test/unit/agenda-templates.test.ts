import { describe, expect, it } from 'vitest';
import { agendaFromTemplate, DEFAULT_AGENDA_TEMPLATES, questionnaireFor } from '../../src-main/domain/agenda-templates';
import { agendaTemplate, agendaMinutes } from '../../src-main/domain/meeting';
import { DEFAULT_SETTINGS, settings } from '../../src-main/domain/settings';

describe('agenda templates', () => {
  it('ship one valid template a meeting type, within an hour and a half', () => {
    for (const template of DEFAULT_AGENDA_TEMPLATES) {
      expect(agendaTemplate.safeParse(template).success, template.name).toBe(true);
      expect(agendaMinutes(template.items), template.name).toBeLessThanOrEqual(120);
    }
    expect(new Set(DEFAULT_AGENDA_TEMPLATES.map((template) => template.meetingType)).size).toBe(4);
    expect(settings.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });

  it('cover recurring support issues, upcoming projects, the alignment review and proactivity metrics in the business review', () => {
    const review = DEFAULT_AGENDA_TEMPLATES.find((template) => template.meetingType === 'businessReview')!;
    expect(review.items.map((item) => item.title)).toEqual(['Recurring support issues', 'Upcoming projects', 'Alignment review', 'Proactivity metrics', 'Action items and next steps']);
    expect(review.items.find((item) => item.title === 'Proactivity metrics')!.notes).toMatch(/patch/);
  });

  it('give a meeting its own copy of the items, with fresh ids', () => {
    let counter = 0;
    const template = DEFAULT_AGENDA_TEMPLATES[0]!;
    const agenda = agendaFromTemplate(template, () => `item-${(counter += 1)}`);
    expect(agenda.map((item) => item.id)).toEqual(template.items.map((_, index) => `item-${index + 1}`));
    agenda[0]!.title = 'Changed';
    expect(template.items[0]!.title).not.toBe('Changed');
  });
});

describe('the pre-meeting questionnaire', () => {
  it('asks each agenda item’s own question, or a general one naming the item, between an opening and a closing question', () => {
    const questions = questionnaireFor([
      { title: 'Backups', question: 'Which files would hurt most to lose?' },
      { title: 'Budget', question: '' },
    ]);
    expect(questions).toEqual([
      { topic: '', question: 'What would make this meeting worthwhile for you?' },
      { topic: 'Backups', question: 'Which files would hurt most to lose?' },
      { topic: 'Budget', question: 'Anything you would like us to cover under “Budget”?' },
      { topic: '', question: 'Is there anything else you want on the agenda?' },
    ]);
    expect(questionnaireFor([])).toHaveLength(2);
  });
});
