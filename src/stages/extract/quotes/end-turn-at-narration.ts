import { runOnDialogue } from "./find-dialogue.js";
import type { QuotedSpan } from "./quoted-span.js";
import { soundsSpoken } from "./sounds-spoken.js";

/** A sentence's end inside a turn: its punctuation, then the next sentence's capital (or opening mark). */
const SENTENCE_END = /([.!?…]+)[\s\u00a0]+(?=[\p{Lu}«"“])/gu;

/**
 * A dialogue turn cut where the narration resumes, when a novel's paragraphs run on one line (several turns on it):
 * the turn would go on to the next dash ("-- Te rappelles-tu ce que tu as fait ? L'enfant réfléchit un peu ; elle
 * était fort pâle…"). After the turn's first sentence, a sentence stays in it only when it reads as speech (a first-
 * or second-person word, a question or an exclamation: "-- Ne crains rien. Je te comprends."). A turn that is its own
 * paragraph is left whole: speech goes on in the third person ("— Il est parti. Le train partait à midi."), and its
 * narration follows an incise, which is cut afterwards.
 */
export function endTurnAtNarration(text: string, turn: QuotedSpan, language: string): QuotedSpan {
  if (!runOnDialogue(text, turn.open)) return turn;
  const inner = text.slice(turn.start, turn.end);
  for (const match of inner.matchAll(SENTENCE_END)) {
    const next = turn.start + match.index + match[0].length;
    if (soundsSpoken(text, next, turn.end, language)) continue;
    const end = turn.start + match.index + match[1]!.length;
    return { ...turn, end, close: end };
  }
  return turn;
}
