import type { Span } from "../../../domain/span.js";
import { endTurnAtNarration } from "./end-turn-at-narration.js";
import { findDialogueTurns, mergeDialogue } from "./find-dialogue.js";
import type { QuotedSpan } from "./quoted-span.js";
import { splitAtEditorNotes } from "./split-at-editor-notes.js";
import { splitAtIncises } from "./split-at-incises.js";

export type { QuotedSpan } from "./quoted-span.js";

/** Opening mark → closing marks it pairs with. */
const PAIRS: Record<string, string> = { "«": "»", "“": "”", "„": "“”", "‹": "›", '"': '"' };
const OPENING_MARK = /[«“„‹"]|``/g;
/** A typewriter's closing quote after a "``" opening one (LaTeX's, and the wires' tokenised archives): "''". */
const TYPEWRITER_CLOSE = "''";
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;
/** Punctuation no quotation opens on (an ellipsis may: "...and then we left"). */
const STARTS_ON_PUNCTUATION = /^(?:[,;:!?)\]]|\.(?!\.))/u;

export interface QuoteOptions {
  /**
   * Literary dialogue: a dash opening a line or following a sentence ("— Je viens, dit-il.") opens speech that
   * runs to the next dash or the line's end, incises left out.
   */
  dialogueDashes?: boolean;
  /** Language of the text, for incises (« Je pense, dit-il, que… »); none are cut without it. */
  language?: string;
}

/**
 * The quoted words between two marks: no spaces around them, nor the comma English puts inside the marks before the
 * attribution ("…next week to our proposals," Lavrov said): it punctuates the report, not the words said.
 */
function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /[\s\u00a0\u202f]/.test(text[start]!)) start++;
  while (end > start && /[\s\u00a0\u202f,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Where the "''" closing a "``" quote opened before `from` stands, or -1: not past a paragraph nor another "``". */
function typewriterClose(text: string, from: number): number {
  const close = text.indexOf(TYPEWRITER_CLOSE, from);
  if (close < 0 || close - from > 2000) return -1;
  const between = text.slice(from, close);
  return between.includes("\n\n") || between.includes("``") ? -1 : close;
}

/**
 * Direct quotations of a text: « … », “ … ”, „ … “, ‹ … ›, `` … '' and "straight" pairs (straight ones inside one paragraph),
 * outermost only, offsets of the quoted words without the marks and the spaces inside them. Unbalanced marks
 * are skipped.
 */
export function findQuotedSpans(text: string, options: QuoteOptions = {}): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let index = 0;
  while (index < text.length) {
    // Jump to the next opening mark: most of a text is not one.
    OPENING_MARK.lastIndex = index;
    const next = OPENING_MARK.exec(text);
    if (next === null) break;
    index = next.index;
    if (next[0] === "``") {
      // `` … '': within its paragraph, and no other "``" before the close (an unbalanced one opens no quote).
      const found = typewriterClose(text, index + 2);
      if (found < 0) {
        index += 2;
        continue;
      }
      const inner = trimmed(text, index + 2, found);
      if (inner.end > inner.start && HAS_LETTER.test(text.slice(inner.start, inner.end)))
        spans.push({ open: index, close: found + 2, start: inner.start, end: inner.end });
      index = found + 2;
      continue;
    }
    const mark = text[index]!;
    const closers = PAIRS[mark];
    if (
      closers === undefined ||
      (mark === '"' && WORD_CHARACTER.test(text[index - 1] ?? " ") && text[index + 1] === " ")
    ) {
      index++;
      continue;
    }
    let depth = 0;
    let found = -1;
    for (let cursor = index + 1; cursor < text.length; cursor++) {
      const char = text[cursor]!;
      if (mark === '"' && char === "\n" && text[cursor + 1] === "\n") break;
      if (char === "\n" && text[cursor + 1] === "\n" && cursor - index > 2000) break;
      if (char === mark && mark !== '"' && !closers.includes(char)) depth++;
      else if (closers.includes(char)) {
        if (depth === 0) {
          found = cursor;
          break;
        }
        depth--;
      }
    }
    if (found < 0) {
      index++;
      continue;
    }
    const inner = trimmed(text, index + 1, found);
    // A straight mark has no side: one that opens on a sentence's punctuation closed a quote (one mark too many or
    // too few before it: '…capitolo". Cadavere di…"'); the next mark may open the next one.
    if (mark === '"' && STARTS_ON_PUNCTUATION.test(text.slice(inner.start, inner.start + 2))) {
      index++;
      continue;
    }
    if (inner.end > inner.start && HAS_LETTER.test(text.slice(inner.start, inner.end))) {
      spans.push({ open: index, close: found + 1, start: inner.start, end: inner.end });
    }
    index = found + 1;
  }
  const all = options.dialogueDashes ? mergeDialogue(text, spans, findDialogueTurns(text)) : spans;
  const language = options.language;
  if (language === undefined)
    return all.flatMap((span) => splitAtEditorNotes(text, span)).sort((a, b) => a.start - b.start);
  return all
    .flatMap((span) => {
      const turn = /[—–-]/.test(text[span.open]!);
      return splitAtIncises(text, turn ? endTurnAtNarration(text, span, language) : span, language, {
        resumeAfterStop: turn ? "speaker-words" : "always",
      }).flatMap((piece) => splitAtEditorNotes(text, piece));
    })
    .sort((a, b) => a.start - b.start);
}
