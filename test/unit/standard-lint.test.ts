import { describe, expect, it } from 'vitest';
import { lintQuestion, openEndedOpening } from '../../src-main/domain/standard-lint';

describe('question lint (PRODUCT.md §2)', () => {
  it('passes the example of PRODUCT.md: a yes/no question YES answers as aligned', () => {
    expect(lintQuestion('Is at least 20% of the system drive free?')).toEqual({ ok: true });
  });

  it('flags the counter-example of PRODUCT.md and names the opening words', () => {
    expect(lintQuestion('How much space is free?')).toEqual({
      ok: false,
      reasons: ['Starts with "how much": ask a yes/no question that YES answers as aligned.'],
    });
  });

  it.each([
    ['What size is the system partition?', 'what'],
    ['Which backup product is used?', 'which'],
    ['When was the firewall last updated?', 'when'],
    ['Where are the backups kept?', 'where'],
    ['Why is the server slow?', 'why'],
    ['Who holds the domain registrar login?', 'who'],
    ['How many users have MFA?', 'how many'],
    ['How often are backups tested?', 'how often'],
    ['How is patching done?', 'how'],
    ["What's the UPS runtime?", 'what'],
    ['Whose laptop is unencrypted?', 'whose'],
  ])('flags an open-ended opening: %s', (question, opening) => {
    const result = lintQuestion(question);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.reasons).toEqual([`Starts with "${opening}": ask a yes/no question that YES answers as aligned.`]);
  });

  it('reads the opening case-insensitively, past leading spaces and quotes', () => {
    expect(openEndedOpening('  HOW MANY servers are there?')).toBe('how many');
    expect(openEndedOpening('"what is the backup window?"')).toBe('what');
    expect(openEndedOpening('“Which switch is the core?”')).toBe('which');
    expect(openEndedOpening("  'why is it down?'")).toBe('why');
  });

  it('does not flag words that only begin like an open-ended word', () => {
    expect(lintQuestion('Is Howard the named owner of the backup system?')).toEqual({ ok: true });
    expect(lintQuestion('Whenever a laptop is lost, is it wiped remotely?')).toEqual({ ok: true });
    expect(openEndedOpening('Whatever the vendor, is the UPS monitored?')).toBeUndefined();
    expect(openEndedOpening('Howdy?')).toBeUndefined();
  });

  it('flags a question without a question mark', () => {
    expect(lintQuestion('Is the firewall firmware current')).toEqual({ ok: false, reasons: ['A question ends with a question mark.'] });
    expect(lintQuestion('Are backups tested monthly.')).toEqual({ ok: false, reasons: ['A question ends with a question mark.'] });
  });

  it('accepts a question mark followed by a closing quote or spaces', () => {
    expect(lintQuestion('"Is the UPS under three years old?"  ')).toEqual({ ok: true });
  });

  it('gives both reasons when both rules fail, the opening first', () => {
    expect(lintQuestion('how many admins are there')).toEqual({
      ok: false,
      reasons: ['Starts with "how many": ask a yes/no question that YES answers as aligned.', 'A question ends with a question mark.'],
    });
  });

  it('asks for a question when there is none', () => {
    expect(lintQuestion('')).toEqual({ ok: false, reasons: ['Write the question as a yes/no question that YES answers as aligned.'] });
    expect(lintQuestion('  " "  ')).toEqual({ ok: false, reasons: ['Write the question as a yes/no question that YES answers as aligned.'] });
  });
});
