import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AuditException, exceptionProblems, judgeAudit } from '../security/audit-judge';

/**
 * The judge of `npm audit --omit=dev --json` (test/security/audit.ts), on reports shaped like
 * npm 11's (auditReportVersion 2): high and critical advisories fail unless the exception list
 * names them with a reason; an audit that could not reach the registry is "not checked".
 */

const advisory = (name: string, ghsa: string, severity: string, title = 'A flaw') => ({
  source: 1_100_000,
  name,
  dependency: name,
  title,
  url: `https://github.com/advisories/${ghsa}`,
  severity,
  cwe: ['CWE-1321'],
  cvss: { score: 7.5, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' },
  range: '<4.17.21',
});

function report(vulnerabilities: Record<string, unknown>) {
  return {
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }, dependencies: { prod: 120, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 120 } },
  };
}

const highInLodash = {
  lodash: { name: 'lodash', severity: 'high', isDirect: false, via: [advisory('lodash', 'GHSA-35jh-r3h4-6jhm', 'high', 'Command Injection in lodash')], effects: ['exceljs'], range: '<4.17.21', nodes: ['node_modules/lodash'], fixAvailable: true },
  exceljs: { name: 'exceljs', severity: 'high', isDirect: true, via: ['lodash'], effects: [], range: '*', nodes: ['node_modules/exceljs'], fixAvailable: false },
};

const reasoned: AuditException = {
  package: 'lodash',
  advisory: 'GHSA-35jh-r3h4-6jhm',
  reason: 'Only reached through exceljs reading workbooks the app writes itself; template() is never called. Look again at the next exceljs release.',
};

describe('judgeAudit', () => {
  it('passes a clean report', () => {
    expect(judgeAudit(report({}), [])).toEqual({ kind: 'passed', excepted: [], below: 0, unused: [] });
  });

  it('fails a high advisory that is not excepted, naming the package that carries it once (not each package on the way)', () => {
    const verdict = judgeAudit(report(highInLodash), []);
    expect(verdict.kind).toBe('failed');
    expect(verdict.kind === 'failed' && verdict.blocking).toEqual([
      { package: 'lodash', advisory: 'GHSA-35jh-r3h4-6jhm', severity: 'high', title: 'Command Injection in lodash', url: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm' },
    ]);
  });

  it('fails a critical advisory too', () => {
    const verdict = judgeAudit(report({ pdfkit: { name: 'pdfkit', severity: 'critical', via: [advisory('pdfkit', 'GHSA-aaaa-bbbb-cccc', 'critical')] } }), [reasoned]);
    expect(verdict.kind).toBe('failed');
  });

  it('passes a high advisory the list names with a reason, and reports it as excepted', () => {
    const verdict = judgeAudit(report(highInLodash), [reasoned]);
    expect(verdict).toMatchObject({ kind: 'passed', excepted: [{ package: 'lodash', advisory: 'GHSA-35jh-r3h4-6jhm' }], unused: [] });
  });

  it('does not let an exception for one package cover the same advisory in another', () => {
    const elsewhere = { 'lodash-es': { name: 'lodash-es', severity: 'high', via: [advisory('lodash-es', 'GHSA-35jh-r3h4-6jhm', 'high')] } };
    expect(judgeAudit(report(elsewhere), [reasoned]).kind).toBe('failed');
  });

  it('counts moderate and low advisories without failing', () => {
    const verdict = judgeAudit(report({ zod: { name: 'zod', severity: 'moderate', via: [advisory('zod', 'GHSA-m95q-7qp3-xv42', 'moderate'), advisory('zod', 'GHSA-xxxx-yyyy-zzzz', 'low')] } }), []);
    expect(verdict).toMatchObject({ kind: 'passed', below: 2 });
  });

  it('reports an exception that no longer matches anything, so the list stays short', () => {
    expect(judgeAudit(report({}), [reasoned])).toMatchObject({ kind: 'passed', unused: [reasoned] });
  });

  it('fails when an exception has no reason worth the name, even if it matches', () => {
    const verdict = judgeAudit(report(highInLodash), [{ ...reasoned, reason: 'fine' }]);
    expect(verdict).toMatchObject({ kind: 'failed', blocking: [], badExceptions: ['exception 1 (lodash) needs a reason of a sentence at least'] });
  });

  it('says "not checked" when npm could not use the registry, with npm\'s words', () => {
    expect(judgeAudit({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 }, [])).toEqual({
      kind: 'not-checked',
      reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
    expect(judgeAudit({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed' } }, [])).toEqual({ kind: 'not-checked', reason: 'ENOTFOUND request to https://registry.npmjs.org failed' });
    expect(judgeAudit(null, []).kind).toBe('not-checked');
  });
});

describe('the exception list', () => {
  it('is well formed: every entry has a package, a GHSA id and a reason', async () => {
    const file = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../security/audit-exceptions.json'), 'utf8')) as { about: string; exceptions: unknown };
    expect(file.about.length).toBeGreaterThan(50);
    expect(exceptionProblems(file.exceptions)).toEqual([]);
  });

  it('would refuse entries without them', () => {
    expect(exceptionProblems([{ package: 'x', advisory: 'CVE-2024-1', reason: 'because it is fine, we looked at it closely' }])).toEqual(['exception 1 needs its advisory as a GHSA id']);
    expect(exceptionProblems([{ advisory: 'GHSA-35jh-r3h4-6jhm', reason: 'because it is fine, we looked at it closely' }])).toEqual(['exception 1 names no package']);
    expect(exceptionProblems({})).toEqual(['the exception list must be an array']);
  });
});
