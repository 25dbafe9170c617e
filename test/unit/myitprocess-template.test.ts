import { describe, expect, it } from 'vitest';
import { parsePriority, plainText, readTemplateRows } from '../../src-main/domain/myitprocess-template';

describe('text of a myITprocess export', () => {
  it('turns the HTML of rich-text fields into lines, and leaves other angle brackets and ampersands alone', () => {
    expect(plainText('<p>Check the <b>backup</b> console.</p><ul><li>Jobs</li><li>Alerts &amp; logs</li></ul>')).toBe('Check the backup console.\n\n• Jobs\n• Alerts & logs');
    expect(plainText('Line one<br>Line two<br/>Line &#8220;three&#x201D;')).toBe('Line one\nLine two\nLine “three”');
    expect(plainText('Run Get-LapsADPassword -Identity <computer> and check AT&T lines; 3 < 5 > 2')).toBe('Run Get-LapsADPassword -Identity <computer> and check AT&T lines; 3 < 5 > 2');
    expect(plainText('<p>A code point too large: &#9999999;</p>')).toBe('A code point too large: &#9999999;');
    expect(plainText(null)).toBe('');
    expect(plainText(42)).toBe('42');
  });

  it('reads the priority in any case, empty as medium, anything else as unknown', () => {
    expect(['High', 'LOW', ' medium ', '', null].map((value) => parsePriority(value))).toEqual(['high', 'low', 'medium', 'medium', 'medium']);
    expect(parsePriority('Critical')).toBeUndefined();
  });
});

describe('the Template sheet', () => {
  const row = (rowNumber: number, type: string | null, name: string | null, priority: string | null = null, question: string | null = null) => ({
    rowNumber,
    cells: [rowNumber, type, name, null, null, priority, question, 'Why', 'How'],
  });

  it('gives each question its category and the section as a tag, reporting what it cannot place', () => {
    const reading = readTemplateRows([
      row(1, 'Type', 'Name', 'Priority', 'Question'),
      row(2, 'Section', 'Security'),
      row(3, 'Question', 'Stray', null, 'Is this placed?'),
      row(4, 'category', 'Firewalls'),
      row(5, 'QUESTION', 'Support', 'high', 'Is the firewall supported?'),
      row(6, 'Question', 'No text', 'low', null),
      row(7, 'Question', null, '', 'Is a name made from the question?'),
      row(8, 'Section', null),
      row(9, 'Question', 'Untagged', 'Low', 'Is it untagged?'),
    ]);
    expect(reading.questions.map(({ rowNumber, section, category, name, priority }) => ({ rowNumber, section, category, name, priority }))).toEqual([
      { rowNumber: 5, section: 'Security', category: 'Firewalls', name: 'Support', priority: 'high' },
      { rowNumber: 7, section: 'Security', category: 'Firewalls', name: 'Is a name made from the question?', priority: 'medium' },
      { rowNumber: 9, section: null, category: 'Firewalls', name: 'Untagged', priority: 'low' },
    ]);
    expect(reading.problems.map((problem) => problem.rowNumber)).toEqual([3, 6, 8]);
    expect(reading).toMatchObject({ sections: 2, categories: 1, otherRows: 1 });
  });
});
