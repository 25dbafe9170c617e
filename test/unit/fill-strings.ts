import { practiceData, type PracticeData } from '../../src-main/domain/practice';

/**
 * Puts chosen text into the string fields of a practice, whatever features it holds, and keeps only
 * what the practice's schema accepts: a field whose new value is refused (an id, a date, a choice, an
 * email, too long) gets its old value back. Tests use it to fill every free-text field of every
 * record with hostile text or with markers, including fields of features added later.
 */

type Choose = (key: string, value: string, path: readonly (string | number)[]) => string | null;

interface Leaf {
  path: (string | number)[];
  before: string;
}

function replaceLeaves(node: unknown, choose: Choose, path: (string | number)[], leaves: Leaf[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => {
      if (typeof child === 'string') {
        const next = choose(String(path.at(-1)), child, [...path, index]);
        if (next !== null) {
          leaves.push({ path: [...path, index], before: child });
          node[index] = next;
        }
      } else replaceLeaves(child, choose, [...path, index], leaves);
    });
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string') {
      const next = choose(key, value, [...path, key]);
      if (next !== null) {
        leaves.push({ path: [...path, key], before: value });
        record[key] = next;
      }
    } else replaceLeaves(value, choose, [...path, key], leaves);
  }
}

function setAt(root: unknown, path: readonly (string | number)[], value: string): void {
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

const startsWith = (path: readonly PropertyKey[], prefix: readonly PropertyKey[]) => prefix.every((step, index) => path[index] === step);

/** The practice with chosen strings replaced where its schema allows; also the paths that kept them. */
export function fillStrings(data: PracticeData, choose: Choose): { data: PracticeData; filled: string[] } {
  const copy = structuredClone(data);
  const leaves: Leaf[] = [];
  replaceLeaves(copy, choose, [], leaves);
  let kept = leaves;
  for (let round = 0; round < 20; round += 1) {
    const parsed = practiceData.safeParse(copy);
    if (parsed.success) return { data: parsed.data, filled: kept.map((leaf) => leaf.path.join('.')) };
    const refused = kept.filter((leaf) => parsed.error.issues.some((issue) => startsWith(leaf.path, issue.path) || startsWith(issue.path, leaf.path)));
    if (refused.length === 0) throw new Error(`the practice is invalid apart from the filled text: ${parsed.error.message}`);
    for (const leaf of refused) setAt(copy, leaf.path, leaf.before);
    kept = kept.filter((leaf) => !refused.includes(leaf));
  }
  throw new Error('filling strings did not settle');
}
