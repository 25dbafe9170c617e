import { describe, expect, it } from 'vitest';
import { drawableText, fontRuns, REPLACEMENT, type FontCoverage } from '../../src-main/export/pdf/font-fallback';

/** Fonts that know a few ranges, standing for Roboto, Noto Sans Hebrew and Noto Emoji. */
const latin: FontCoverage = { family: 'Latin', rightToLeft: false, has: (codePoint) => codePoint === 0x0a || (codePoint >= 0x20 && codePoint < 0x250) || codePoint === 0x200b || codePoint === 0xfffd || codePoint === 0x301 };
const hebrew: FontCoverage = { family: 'Hebrew', rightToLeft: true, has: (codePoint) => codePoint === 0x20 || (codePoint >= 0x5d0 && codePoint <= 0x5ea) };
const emoji: FontCoverage = { family: 'Emoji', rightToLeft: false, has: (codePoint) => codePoint === 0x200d || codePoint === 0xfe0f || (codePoint >= 0x1f300 && codePoint <= 0x1faff) };
const FONTS = [latin, hebrew, emoji];

const shape = (text: string) => fontRuns(text, FONTS).map((run) => `${run.font.family}:${run.text}`);

describe('font runs', () => {
  it('leaves text the document font draws alone', () => {
    expect(drawableText('Harbor Dental, 2 PCs – €1,200', FONTS)).toBe('Harbor Dental, 2 PCs – €1,200');
    expect(drawableText('Café with é', FONTS)).toBe('Café with é');
  });

  it('gives Hebrew and emoji their own fonts, keeping joiners and accents with their letter', () => {
    expect(shape('Hi שלום 👨‍👩‍👧!')).toEqual(['Latin:Hi ', 'Hebrew:שלום', 'Latin: ', 'Emoji:👨‍👩‍👧', 'Latin:!']);
    expect(shape('e\u0301')).toEqual(['Latin:e\u0301']);
  });

  it('reverses the words of a right-to-left phrase and keeps the spaces between them', () => {
    expect(drawableText('a שלום עולם b', FONTS)).toEqual(['a ', { text: 'עולם', font: 'Hebrew' }, ' ', { text: 'שלום', font: 'Hebrew' }, ' b']);
  });

  it('marks what no font has, control characters and broken surrogates with U+FFFD, and drops unmatched joiners', () => {
    expect(shape('서울 x')).toEqual([`Latin:${REPLACEMENT}${REPLACEMENT} x`]);
    expect(shape('a\u0000b\u001bc\ud800d\udfffe')).toEqual([`Latin:a${REPLACEMENT}b${REPLACEMENT}c${REPLACEMENT}d${REPLACEMENT}e`]);
    expect(shape('a\u200db')).toEqual(['Latin:ab']);
    expect(shape('tab\there\r\nnext\rline')).toEqual(['Latin:tab here\nnext\nline']);
  });
});
