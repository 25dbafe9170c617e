import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { rewriteDocumentText } from './document-text';

/**
 * pdfmake draws a piece of text in one font and has no fallback: a Hebrew name in Roboto came out as
 * nothing at all. So before layout every string is cut into runs, each in the first bundled font
 * that has its characters: Roboto, then Noto Sans Hebrew, Noto Naskh Arabic, Noto Sans SC (Chinese,
 * and Japanese kana and common kanji) and Noto Emoji. What no font can draw (Korean, rarer scripts,
 * control characters, broken surrogates) becomes U+FFFD, the visible replacement mark, so that
 * nothing goes missing without a trace.
 *
 * pdfmake lays out left to right, piece by piece; the font shapes each Hebrew or Arabic word and
 * draws it right to left, and a phrase of such words gets its words in reverse order (spaces kept
 * between them, outside the right-to-left runs), so a right-to-left phrase reads right on its line.
 */

export interface FontCoverage {
  family: string;
  /** Written right to left (Hebrew, Arabic). */
  rightToLeft: boolean;
  has(codePoint: number): boolean;
}

export const REPLACEMENT = '\ufffd';

/** Nearly all text of a practice: Latin letters, digits, punctuation, no control characters. Left as it is. */
const PLAIN = /^[\n\u0020-\u007e\u00a0-\u024f\u2010-\u2027\u2030-\u205e\u200b\u20ac]*$/;
const MARK = /\p{M}/u;

/** Characters that belong to the one before them (accents, joiners, variation selectors, skin tones, tags). */
function attaches(codePoint: number, character: string): boolean {
  return (
    MARK.test(character) ||
    codePoint === 0x200c ||
    codePoint === 0x200d ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0020 && codePoint <= 0xe007f) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  );
}

/** Invisible when a font has no glyph for them: dropping them loses nothing a reader could see. */
function ignorable(codePoint: number): boolean {
  return codePoint === 0x200c || codePoint === 0x200d || (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0xe0020 && codePoint <= 0xe007f) || (codePoint >= 0xe0100 && codePoint <= 0xe01ef);
}

/** Control characters, lone surrogates and noncharacters: never text a reader can see. */
function undrawable(codePoint: number): boolean {
  return (
    (codePoint < 0x20 && codePoint !== 0x0a) ||
    (codePoint >= 0x7f && codePoint < 0xa0) ||
    (codePoint >= 0xd800 && codePoint <= 0xdfff) ||
    (codePoint >= 0xfdd0 && codePoint <= 0xfdef) ||
    (codePoint & 0xfffe) === 0xfffe
  );
}

interface Run {
  font: FontCoverage;
  text: string;
}

/** Cuts text into runs of one font each; `fonts[0]` is the document's own font. */
export function fontRuns(text: string, fonts: readonly FontCoverage[]): Run[] {
  const primary = fonts[0]!;
  const runs: Run[] = [];
  const append = (font: FontCoverage, piece: string) => {
    const last = runs.at(-1);
    if (last && last.font === font) last.text += piece;
    else runs.push({ font, text: piece });
  };
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  for (const character of normalised) {
    const codePoint = character.codePointAt(0)!;
    const current = runs.at(-1)?.font;
    if (undrawable(codePoint)) {
      append(primary, REPLACEMENT);
      continue;
    }
    // Marks stay with their letter; spaces stay in a left-to-right run, so that a phrase is one run.
    if (current && (attaches(codePoint, character) || (codePoint === 0x20 && !current.rightToLeft)) && current.has(codePoint)) {
      append(current, character);
      continue;
    }
    if (ignorable(codePoint)) continue;
    const font = fonts.find((candidate) => candidate.has(codePoint));
    append(font ?? primary, font ? character : REPLACEMENT);
  }
  return runs;
}

const SPACES = /^ +$/;

/** Right-to-left words and the spaces between them, in the order they are drawn from the left. */
export function visualOrder(runs: readonly Run[]): Run[] {
  const ordered: Run[] = [];
  for (let start = 0; start < runs.length; ) {
    if (!runs[start]!.font.rightToLeft) {
      ordered.push(runs[start]!);
      start += 1;
      continue;
    }
    let end = start + 1;
    while (end < runs.length && (runs[end]!.font.rightToLeft || (SPACES.test(runs[end]!.text) && runs[end + 1]?.font.rightToLeft))) end += 1;
    ordered.push(...runs.slice(start, end).reverse());
    start = end;
  }
  return ordered;
}

/** The text itself when the document's font draws all of it, else inline runs with their fonts. */
export function drawableText(text: string, fonts: readonly FontCoverage[]): string | Content[] {
  if (PLAIN.test(text)) return text;
  const runs = fontRuns(text, fonts);
  if (runs.length === 1 && runs[0]!.font === fonts[0]) return runs[0]!.text;
  return visualOrder(runs).map((run) => (run.font === fonts[0] ? run.text : { text: run.text, font: run.font.family }));
}

export function withFontFallback(document: TDocumentDefinitions, fonts: readonly FontCoverage[]): TDocumentDefinitions {
  return rewriteDocumentText(document, (text) => drawableText(text, fonts));
}
