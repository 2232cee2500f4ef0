import type { QuotedSpan } from "./quoted-span.js";

const HAS_LETTER = /\p{L}/u;

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s\u00a0\u202f]/.test(text[start]!)) start++;
  while (end > start && /[\s\u00a0\u202f]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A dash opening a turn: at a line's start or after a sentence's end (group 2: the dash). */
const TURN_OPENER = /(^|\n|[.!?…»:;][ \t\u00a0]+)[ \t\u00a0]*(--|—|–|-(?=[ \t\u00a0]))[ \t\u00a0]*/g;

/** `TURN_OPENER` for `runOnDialogue`'s scans, whose position it sets (`findDialogueTurns` reads the other). */
const LINE_OPENER = new RegExp(TURN_OPENER.source, "g");

/** Whether the line of `text` around `at` opens several turns: a novel's paragraphs run on one line. */
export function runOnDialogue(text: string, at: number): boolean {
  const newline = text.lastIndexOf("\n", at - 1);
  let end = text.indexOf("\n", at);
  if (end < 0) end = text.length;
  // From the line's own newline (an opener there matches on it), without copying the line: a chapter may be one.
  const pattern = LINE_OPENER;
  pattern.lastIndex = Math.max(0, newline);
  let turns = 0;
  for (let match = pattern.exec(text); match !== null && match.index < end; match = pattern.exec(text))
    if (++turns > 1) return true;
  return false;
}

/**
 * Turns of literary dialogue: from a dash opening a line ("— Je viens.", "-- Oui.", "- Non.") or following the
 * end of a sentence on the same line ("… dit-il. -- Et vous ?") to the next such dash or the end of the line.
 */
export function findDialogueTurns(text: string): QuotedSpan[] {
  const openers: { open: number; from: number }[] = [];
  for (const match of text.matchAll(TURN_OPENER)) {
    const open = match.index + match[0].indexOf(match[2]!, match[1]!.length);
    openers.push({ open, from: match.index + match[0].length });
  }
  const turns: QuotedSpan[] = [];
  openers.forEach(({ open, from }, index) => {
    let end = text.indexOf("\n", from);
    if (end < 0) end = text.length;
    const next = openers[index + 1];
    if (next !== undefined && next.open < end) end = next.open;
    let start = from;
    // "— « C'est la faim. » Alors…": guillemets after the dash hold the turn; it ends where they close.
    if (text[start] === "«") start++;
    const closing = unmatchedClosing(text, start, end);
    if (closing >= 0) end = closing;
    const inner = trimmed(text, start, end);
    if (inner.end > inner.start && HAS_LETTER.test(text.slice(inner.start, inner.end)))
      turns.push({ open, close: end, ...inner });
  });
  return turns;
}

/**
 * The first "»" between `from` and `end` that closes no "«" opened after `from`, or -1: where a turn whose speech a
 * guillemet closes goes back to narration ("— Foulez-vous tescentre ? » Les deux bonnes sœurs obéirent").
 */
function unmatchedClosing(text: string, from: number, end: number): number {
  let depth = 0;
  for (let index = from; index < end; index++) {
    const char = text[index];
    if (char === "«") depth++;
    else if (char === "»") {
      if (depth === 0) return index;
      depth--;
    }
  }
  return -1;
}

/**
 * Quotation marks and dialogue turns together: a turn opened inside a quotation cuts it there (a conversation
 * reported inside « … »), a quotation inside a turn belongs to the turn.
 */
export function mergeDialogue(text: string, marks: readonly QuotedSpan[], turns: readonly QuotedSpan[]): QuotedSpan[] {
  const merged: QuotedSpan[] = [];
  const usedTurns = new Set<QuotedSpan>();
  for (const mark of marks) {
    if (turns.some((turn) => turn.open < mark.open && mark.open < turn.close)) continue;
    const inside = turns.filter((turn) => mark.open < turn.open && turn.open < mark.close);
    if (inside.length === 0) {
      merged.push(mark);
      continue;
    }
    const head = trimmed(text, mark.start, inside[0]!.open);
    if (HAS_LETTER.test(text.slice(head.start, head.end)))
      merged.push({ open: mark.open, close: inside[0]!.open, ...head });
    for (const turn of inside) {
      usedTurns.add(turn);
      const end = Math.min(turn.end, mark.end);
      if (end > turn.start) merged.push({ ...turn, end, close: Math.min(turn.close, mark.close) });
    }
  }
  for (const turn of turns)
    if (!usedTurns.has(turn) && !merged.some((mark) => mark.open <= turn.open && turn.open < mark.close))
      merged.push(turn);
  return merged.sort((a, b) => a.start - b.start);
}
