/**
 * pdfmake breaks lines at spaces; a long run without one (a pasted link, a serial number, a
 * 10,000-letter word) is cut letter by letter in time that grows with the square of its length.
 * An invisible break opportunity every few letters keeps such a run fast to lay out and lets it
 * wrap inside its box instead of running past the edge.
 */
const ZERO_WIDTH_SPACE = '\u200B';
const LONG_RUN = /\S{25,}/gu;
const PIECE = 12;

export function breakable(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    const characters = Array.from(run);
    const pieces: string[] = [];
    for (let start = 0; start < characters.length; start += PIECE) pieces.push(characters.slice(start, start + PIECE).join(''));
    return pieces.join(ZERO_WIDTH_SPACE);
  });
}
