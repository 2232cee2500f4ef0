import { INCISE_SUBJECT_STARTS, INCISE_VERBS, INVERTED_PRONOUNS } from "../../../language-data/incise-verbs.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { REPORTING_VERBS } from "../../../language-data/reporting-verbs.js";
import type { QuotedSpan } from "./quoted-span.js";
import { soundsSpoken } from "./sounds-spoken.js";
import { trimmedPiece } from "./trimmed-piece.js";

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}

const patterns = new Map<string, RegExp | null>();

/**
 * An incise after a comma, semicolon, question or exclamation mark: an inverted verb ("dit-il", "a-t-elle
 * ajouté", "répondit le postillon", "s'écria Laurence", "lui dit-il", "reprit M. Antoine").
 */
function incisePattern(language: string): RegExp | null {
  const cached = patterns.get(language);
  if (cached !== undefined) return cached;
  const lang = language as SupportedLanguage;
  const verbs = INCISE_VERBS[lang] ?? [];
  let pattern: RegExp | null = null;
  if (verbs.length > 0) {
    const verb = alternation(verbs);
    const pronouns = INVERTED_PRONOUNS[lang] ?? [];
    const participles = alternation((REPORTING_VERBS[lang] ?? []).filter((word) => !word.includes(" ")));
    const subjects = INCISE_SUBJECT_STARTS[lang] ?? [];
    const subject = [
      "\\p{Lu}",
      ...subjects.filter((word) => /['’]$/.test(word)).map(escapeRegExp),
      ...subjects.filter((word) => !/['’]$/.test(word)).map((word) => `${escapeRegExp(word)}[\\s\\u00a0]`),
    ].join("|");
    const inverted =
      pronouns.length === 0
        ? []
        : [
            `a-t-(?:${alternation(pronouns)})[\\s\\u00a0]+(?:${participles})(?![\\p{L}])`,
            `(?:${verb})(?:-t)?-(?:${alternation(pronouns)})(?![\\p{L}])`,
          ];
    // An adverb may come between the verb and its subject ("demanda timidement la Zambinella").
    const adverb = lang === "fr" ? "(?:\\p{L}+ment[\\s\\u00a0]+)?" : "";
    const clitic = lang === "fr" ? "(?:(?:lui|leur|me|te|se|nous|vous)[\\s\\u00a0]+|[mts]['’])?" : "";
    pattern = new RegExp(
      `([,;]|[!?…]+(?:\\.{2,})?|\\.{3,})[\\s\\u00a0]+(${clitic}(?:${[...inverted, `(?:${verb})[\\s\\u00a0]+${adverb}(?=${subject})`].join("|")}))`,
      "gu",
    );
  }
  patterns.set(language, pattern);
  return pattern;
}

export interface InciseOptions {
  /**
   * After an incise closed by a full stop: "always" (inside quotation marks), "speaker-words" (a dialogue turn:
   * when the next sentence speaks in the first or second person or exclaims, "dit-il. Va retrouver ta mère !"), or
   * "never".
   */
  resumeAfterStop: "always" | "speaker-words" | "never";
}

/**
 * A quotation cut around the incises inside it: « Je pense, dit-il, que… » → « Je pense » and « que… ». The
 * incise runs from its verb to the next punctuation; the speech resumes after it (after a full stop only when
 * `resumeAfterStop`). Quotes without incises come back unchanged.
 */
export function splitAtIncises(text: string, span: QuotedSpan, language: string, options: InciseOptions): QuotedSpan[] {
  const pattern = incisePattern(language);
  if (pattern === null) return [span];
  const inner = text.slice(span.start, span.end);
  const pieces: QuotedSpan[] = [];
  let cursor = 0;
  let open = span.open;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(inner); match !== null; match = pattern.exec(inner)) {
    if (match.index < cursor) continue;
    const mark = match[1]!;
    // The speech keeps its own punctuation ("Malheureuse !...", "Messieurs...."), not the comma before the incise.
    const pieceEnd = match.index + (/[,;]/.test(mark) ? 0 : mark.length);
    const inciseStart = match.index + match[0].length - match[2]!.length;
    const stop = /[,;:.!?…»”\n]/u.exec(inner.slice(inciseStart + match[2]!.length));
    const inciseEnd = stop === null ? inner.length : inciseStart + match[2]!.length + stop.index + 1;
    const piece = trimmedPiece(text, span.start + cursor, span.start + pieceEnd);
    if (piece !== null) pieces.push({ open, close: span.start + pieceEnd, ...piece });
    cursor = inciseEnd;
    open = span.start + inciseEnd;
    pattern.lastIndex = inciseEnd;
    if (
      stop !== null &&
      /[.!?…]/.test(stop[0]) &&
      (options.resumeAfterStop === "never" ||
        (options.resumeAfterStop === "speaker-words" &&
          !soundsSpoken(text, span.start + inciseEnd, span.end, language)))
    ) {
      cursor = inner.length;
      break;
    }
  }
  if (pieces.length === 0) return [span];
  const last = trimmedPiece(text, span.start + cursor, span.end);
  if (last !== null) pieces.push({ open, close: span.close, ...last });
  return pieces;
}
