/**
 * The default standards library shipped in resources/ (PRODUCT.md §2): every standard passes the field rules and
 * the question lint, and the library covers the required categories. Each check names the standards that fail it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMPLIANCE_REGIMES } from '../../src-main/domain/client';
import { PRIORITIES } from '../../src-main/domain/initiative';
import { REVIEW_FREQUENCIES, standard, standardFields } from '../../src-main/domain/standard';
import { lintQuestion } from '../../src-main/domain/standard-lint';

const LIBRARY_FILE = path.resolve(import.meta.dirname, '../../resources/standards-library.json');
const LOADED_AT = '2026-11-09T14:30:00.000Z';

/** The categories PRODUCT.md §2 requires, then the ones the default library adds, spelled as the app shows them. */
const REQUIRED_CATEGORIES = [
  'Patch management',
  'Backup',
  'Email',
  'Windows servers',
  'Switches',
  'Power management',
  'Cloud services',
  'Firewalls',
  'Disaster recovery',
  'Desktops',
  'Routers',
  'Wireless access',
  'Business applications',
  'Endpoint protection',
];
const ADDED_CATEGORIES = ['Identity and MFA', 'Security awareness', 'Password policy', 'Documentation', 'Compliance'];

/** Where references point: NIST, CIS, CISA, Microsoft, vendors' documentation and the regulators' own pages. */
const REFERENCE_HOSTS = new Set([
  'csrc.nist.gov',
  'nvlpubs.nist.gov',
  'www.nist.gov',
  'www.cisecurity.org',
  'www.cisa.gov',
  'learn.microsoft.com',
  'support.google.com',
  'helpcenter.veeam.com',
  'www.veeam.com',
  'www.apc.com',
  'docs.fortinet.com',
  'www.sonicwall.com',
  'help.ui.com',
  'documentation.meraki.com',
  'www.cisco.com',
  'www.wi-fi.org',
  'www.rfc-editor.org',
  'www.ssllabs.com',
  'haveibeenpwned.com',
  'www.hhs.gov',
  'www.pcisecuritystandards.org',
  'eur-lex.europa.eu',
  'commission.europa.eu',
  'dodcio.defense.gov',
  'www.aicpa-cima.com',
  'www.iso.org',
]);

const libraryFile = z.strictObject({
  edition: z.literal(1),
  standards: z.array(standardFields.extend({ id: z.string() })),
});
type DefaultStandard = z.infer<typeof libraryFile>['standards'][number];

const raw: unknown = JSON.parse(readFileSync(LIBRARY_FILE, 'utf8'));
const library = libraryFile.parse(raw);
const standards = library.standards;
const REGIMES: readonly string[] = COMPLIANCE_REGIMES.filter((regime) => regime !== 'Other');

/** The ids of the standards a rule rejects, with the reason, so a failing run says exactly what to fix. */
function failures(rule: (item: DefaultStandard) => string | undefined): string[] {
  return standards.flatMap((item) => {
    const problem = rule(item);
    return problem ? [`${item.id}: ${problem}`] : [];
  });
}

function slug(category: string): string {
  return category.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function howSteps(howToFind: string): string[] {
  return howToFind.split('\n').filter((line) => /^\d+\. \S/.test(line));
}

describe('default standards library', () => {
  it('holds at least 150 standards', () => {
    expect(standards.length).toBeGreaterThanOrEqual(150);
  });

  it('stores every standard as the app stores one (standard schema, loaded as a default)', () => {
    expect(
      failures((item) => {
        const result = standard.safeParse({ ...item, origin: 'default', createdAt: LOADED_AT, updatedAt: LOADED_AT });
        return result.success ? undefined : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      }),
    ).toEqual([]);
  });

  it('passes the question lint with every question', () => {
    expect(
      failures((item) => {
        const lint = lintQuestion(item.question);
        return lint.ok ? undefined : lint.reasons.join(' ');
      }),
    ).toEqual([]);
  });

  it('keeps questions under 300 characters and unique', () => {
    expect(failures((item) => (item.question.length > 300 ? `question is ${item.question.length} characters` : undefined))).toEqual([]);
    const seen = new Map<string, string>();
    expect(
      failures((item) => {
        const key = item.question.trim().toLowerCase();
        const first = seen.get(key);
        seen.set(key, first ?? item.id);
        return first ? `same question as ${first}` : undefined;
      }),
    ).toEqual([]);
  });

  it('gives every standard a unique, stable id made from its category', () => {
    const seen = new Set<string>();
    expect(
      failures((item) => {
        if (seen.has(item.id)) return 'id used twice';
        seen.add(item.id);
        return new RegExp(`^std-${slug(item.category)}-\\d{2}$`).test(item.id) ? undefined : `id does not read std-${slug(item.category)}-nn`;
      }),
    ).toEqual([]);
  });

  it('covers the 14 required categories and the added ones with at least 7 standards each', () => {
    const counts = new Map<string, number>();
    for (const item of standards) counts.set(item.category, (counts.get(item.category) ?? 0) + 1);
    const short = [...REQUIRED_CATEGORIES, ...ADDED_CATEGORIES].filter((category) => (counts.get(category) ?? 0) < 7);
    expect(short.map((category) => `${category}: ${counts.get(category) ?? 0} standards`)).toEqual([]);
  });

  it('explains why in two to four sentences and how in at least two numbered steps', () => {
    expect(
      failures((item) => {
        const sentences = item.whyWeAsk.match(/[.!?](?=\s|$)/g)?.length ?? 0;
        if (sentences < 2 || sentences > 4) return `why we ask has ${sentences} sentences`;
        const steps = howSteps(item.howToFind);
        if (steps.length < 2) return `how to find the answer has ${steps.length} numbered steps`;
        const numbers = steps.map((step) => Number.parseInt(step, 10));
        return numbers.every((number, index) => number === index + 1) ? undefined : 'steps are not numbered 1, 2, 3...';
      }),
    ).toEqual([]);
  });

  it('cites at least one https reference on a documentation site each', () => {
    expect(
      failures((item) => {
        if (item.references.length === 0) return 'no reference';
        const strange = item.references.filter((reference) => !REFERENCE_HOSTS.has(new URL(reference.url).hostname));
        return strange.length > 0 ? `reference outside the documentation sites: ${strange.map((r) => r.url).join(', ')}` : undefined;
      }),
    ).toEqual([]);
  });

  it('names a compliance regime on every compliance standard', () => {
    expect(
      failures((item) =>
        item.type === 'compliance' && !item.frameworks.some((framework) => REGIMES.includes(framework))
          ? `compliance standard names none of ${REGIMES.join(', ')}`
          : undefined,
      ),
    ).toEqual([]);
    const compliance = standards.filter((item) => item.type === 'compliance');
    expect(compliance.length).toBeGreaterThanOrEqual(12);
    expect(compliance.length).toBeLessThanOrEqual(20);
  });

  it('uses valid priorities, frequencies and two to four tags, and ships every standard active', () => {
    expect(
      failures((item) => {
        if (!(PRIORITIES as readonly string[]).includes(item.priority)) return `priority ${item.priority}`;
        if (!(REVIEW_FREQUENCIES as readonly string[]).includes(item.frequency)) return `frequency ${item.frequency}`;
        if (item.tags.length < 2 || item.tags.length > 4) return `${item.tags.length} tags`;
        return item.active ? undefined : 'not active';
      }),
    ).toEqual([]);
  });

  it('spreads priorities realistically, with roughly a third high', () => {
    const high = standards.filter((item) => item.priority === 'high').length / standards.length;
    expect(high).toBeGreaterThan(0.25);
    expect(high).toBeLessThan(0.45);
    expect(standards.some((item) => item.priority === 'low')).toBe(true);
  });
});
