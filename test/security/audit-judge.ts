/**
 * Judges the JSON of `npm audit --omit=dev --json` against the documented exception list: any
 * advisory of high or critical severity in a shipped dependency that the list does not name fails.
 */

export interface AuditException {
  package: string;
  /** The advisory's GHSA id (GHSA-xxxx-xxxx-xxxx), as in its URL. */
  advisory: string;
  /** Why the app is not exposed, and when to look again. */
  reason: string;
}

export interface Finding {
  package: string;
  advisory: string;
  severity: string;
  title: string;
  url: string;
}

export type Verdict =
  | { kind: 'passed'; excepted: Finding[]; below: number; unused: AuditException[] }
  | { kind: 'failed'; blocking: Finding[]; badExceptions: string[]; excepted: Finding[] }
  | { kind: 'not-checked'; reason: string };

const BLOCKING = new Set(['high', 'critical']);

interface Advisory {
  name?: string;
  title?: string;
  url?: string;
  severity?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function advisoryId(url: string): string {
  return /GHSA-[\w]{4}-[\w]{4}-[\w]{4}/i.exec(url)?.[0] ?? url;
}

/** Problems of the exception list itself: each entry needs a package, a GHSA id and a real reason. */
export function exceptionProblems(exceptions: unknown): string[] {
  if (!Array.isArray(exceptions)) return ['the exception list must be an array'];
  return exceptions.flatMap((entry, index) => {
    if (!isRecord(entry)) return [`exception ${index + 1} is not an object`];
    const problems: string[] = [];
    if (typeof entry.package !== 'string' || entry.package === '') problems.push(`exception ${index + 1} names no package`);
    if (typeof entry.advisory !== 'string' || !/^GHSA-[\w]{4}-[\w]{4}-[\w]{4}$/i.test(entry.advisory)) problems.push(`exception ${index + 1} needs its advisory as a GHSA id`);
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 30) problems.push(`exception ${index + 1} (${String(entry.package)}) needs a reason of a sentence at least`);
    return problems;
  });
}

export function judgeAudit(report: unknown, exceptions: AuditException[]): Verdict {
  if (!isRecord(report) || !isRecord(report.vulnerabilities)) {
    const error = isRecord(report) && isRecord(report.error) ? report.error : null;
    const message = (isRecord(report) && typeof report.message === 'string' && report.message) || (error && `${String(error.code ?? '')} ${String(error.summary ?? '')}`.trim()) || 'npm audit gave no report';
    return { kind: 'not-checked', reason: message };
  }
  const badExceptions = exceptionProblems(exceptions);
  const findings = new Map<string, Finding>();
  let below = 0;
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities)) {
    if (!isRecord(vulnerability) || !Array.isArray(vulnerability.via)) continue;
    // A `via` that is a string points at another package's entry, which carries the advisory itself.
    for (const via of vulnerability.via.filter(isRecord) as Advisory[]) {
      const severity = String(via.severity ?? vulnerability.severity ?? '');
      if (!BLOCKING.has(severity)) {
        below++;
        continue;
      }
      const finding: Finding = { package: via.name ?? name, advisory: advisoryId(String(via.url ?? '')), severity, title: String(via.title ?? ''), url: String(via.url ?? '') };
      findings.set(`${finding.package} ${finding.advisory}`, finding);
    }
  }
  const isExcepted = (finding: Finding) => exceptions.some((entry) => entry.package === finding.package && entry.advisory.toLowerCase() === finding.advisory.toLowerCase());
  const all = [...findings.values()];
  const blocking = all.filter((finding) => !isExcepted(finding));
  const excepted = all.filter(isExcepted);
  if (blocking.length > 0 || badExceptions.length > 0) return { kind: 'failed', blocking, badExceptions, excepted };
  const unused = exceptions.filter((entry) => !excepted.some((finding) => finding.package === entry.package && finding.advisory.toLowerCase() === entry.advisory.toLowerCase()));
  return { kind: 'passed', excepted, below, unused };
}
