/** Characters of context kept on each side of what an excerpt shows. */
const CONTEXT = 30;

/**
 * The text around `[start, end)`, cut at word boundaries and inside the paragraph, so a reader sees
 * the evidence of a signal in its context: "… l’engagement de Washington. chercher une solution …".
 */
export function excerptAround(text: string, start: number, end: number): string {
  const paragraphStart = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", end);
  const paragraphEnd = nextBreak < 0 ? text.length : nextBreak;
  let from = Math.max(paragraphStart, start - CONTEXT);
  let to = Math.min(paragraphEnd, end + CONTEXT);
  if (from > paragraphStart) {
    const space = text.indexOf(" ", from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < paragraphEnd) {
    const space = text.lastIndexOf(" ", to);
    if (space >= end) to = space;
  }
  return text.slice(from, to).trim();
}
