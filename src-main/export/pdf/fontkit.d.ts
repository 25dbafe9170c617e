/** The part of fontkit (pdfkit's font reader) used to learn which characters a bundled font has. */
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(filename: string): Font;
}
