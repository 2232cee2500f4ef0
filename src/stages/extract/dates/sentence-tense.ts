import type { SegmentedText, Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { NAME_ARTICLES } from "../../../language-data/name-particles.js";
import { CALLING_OFF_WORDS, MOVED_TO_WORDS, SCHEDULING_WORDS } from "../../../language-data/scheduling-words.js";
import { TENSE_CUES, type TenseCues } from "../../../language-data/tense-cues.js";
import type { Tense } from "./date-mention.js";
import { phrasePattern, WORD_END, WORD_START } from "./phrase-pattern.js";
import { tokensBySentence } from "./tokens-by-sentence.js";

interface TenseMark {
  /** Character offset of the cue. */
  at: number;
  tense: "past" | "future";
  /** Index, among the sentence's words, of the first word ending after `at`. */
  word: number;
}

/** A language's cues, as sets and one pattern, built once. */
interface CueIndex {
  cues: TenseCues;
  futureWords: Set<string>;
  pastWords: Set<string>;
  notVerbs: Set<string>;
  subordinators: Set<string>;
  /** The future phrases ("est attendu"), matched in a sentence's own text. */
  futurePhrases: RegExp | null;
  /**
   * Last code unit → the verb endings ending with it and their tense, future and conditional endings
   * first (they win over past ones); null when an ending is empty.
   */
  endings: Map<number, { suffix: string; tense: "past" | "future" }[]> | null;
}

/** One sentence read once: its words, the cues in it, and how many subordinators precede each word. */
interface SentenceCues {
  words: readonly Token[];
  marks: TenseMark[];
  /** subordinatorsBefore[i] = subordinators among words[0 .. i). */
  subordinatorsBefore: number[];
}

const cueIndexes = new Map<string, CueIndex | null>();

/** How far before a date its scheduling words may start (characters). */
const SCHEDULE_REACH = 30;
const scheduledPatterns = new Map<string, { set: RegExp; moved: RegExp; calledOff: RegExp } | null>();
/** Articles that may stand between scheduling words and their date ("prevista para el viernes"). */
const ARTICLE = `(?:[\\s\\u00a0]+(?:${[...NAME_ARTICLES, "o", "a", "am", "al", "au", "op"].join("|")}))?`;

/**
 * The language's scheduling words (`SCHEDULING_WORDS`) and those of a move (`MOVED_TO_WORDS`) ending right before a
 * date, and its `CALLING_OFF_WORDS`.
 */
function scheduledBefore(language: string): { set: RegExp; moved: RegExp; calledOff: RegExp } | null {
  let patterns = scheduledPatterns.get(language);
  if (patterns === undefined) {
    const lang = language as SupportedLanguage;
    const source = phrasePattern(SCHEDULING_WORDS[lang] ?? []);
    const moved = phrasePattern(MOVED_TO_WORDS[lang] ?? []);
    const off = phrasePattern(CALLING_OFF_WORDS[lang] ?? []);
    patterns =
      source === "" || moved === "" || off === ""
        ? null
        : {
            set: new RegExp(`${WORD_START}(?:${source})${ARTICLE}[\\s\\u00a0]+$`, "iu"),
            moved: new RegExp(`${WORD_START}(?:${moved})${ARTICLE}[\\s\\u00a0]+$`, "iu"),
            calledOff: new RegExp(`${WORD_START}(?:${off})${WORD_END}`, "iu"),
          };
    scheduledPatterns.set(language, patterns);
  }
  return patterns;
}

/**
 * The tense of a clause of `segmented` around `[start, end)` in sentence `sentence`: the tense of the
 * nearest verb form or cue (future, conditional, "est attendu", past auxiliary, preterite ending),
 * nearest by words, earlier words winning ties, a cue beyond a subordinator counting ten words farther.
 * "unknown" when the sentence has no cue. Each sentence is read once, however many expressions it holds.
 */
export type TenseReader = (sentence: number, start: number, end: number) => Tense;

export function createTenseReader(segmented: SegmentedText): TenseReader {
  const index = cueIndexFor(segmented.language);
  if (index === null) return () => "unknown";
  const read = new Map<number, SentenceCues>();
  const scheduled = scheduledBefore(segmented.language);
  return (sentence, start, end) => {
    if (sentence < 0) return "unknown";
    const bounds = segmented.sentences[sentence];
    if (bounds === undefined) return "unknown";
    let cues = read.get(sentence);
    if (cues === undefined) {
      cues = readSentence(segmented, sentence, tokensBySentence(segmented)[sentence] ?? [], index);
      read.set(sentence, cues);
    }
    const tense = nearestTense(cues, start, end);
    if (scheduled === null) return tense;
    const before = segmented.text.slice(Math.max(bounds.start, start - SCHEDULE_REACH), start);
    // "reporté à mardi", "postponed to Thursday": a day to come, whatever the clause's tense.
    if (scheduled.moved.test(before)) return "later";
    // "prévu vendredi", "scheduled for Thursday": to come when it was set; a past clause says the day has come,
    // unless it says the event was called off or moved ("le sommet, prévu vendredi, a été annulé").
    if (tense === "future" || !scheduled.set.test(before)) return tense;
    return tense !== "past" || scheduled.calledOff.test(segmented.text.slice(bounds.start, bounds.end))
      ? "future"
      : tense;
  };
}

function nearestTense({ words, marks, subordinatorsBefore }: SentenceCues, start: number, end: number): Tense {
  const first = indexAt(words, start);
  const last = indexAt(words, Math.max(start, end - 1));
  let best: { distance: number; before: boolean; tense: Tense } | null = null;
  for (const mark of marks) {
    if (mark.at >= start && mark.at < end) continue;
    const index = mark.word;
    const before = mark.at < start;
    const from = before ? index + 1 : last + 1;
    const to = before ? first : index;
    const breaks = from < to ? subordinatorsBefore[to]! - subordinatorsBefore[from]! : 0;
    const distance = (before ? first - index : index - last) + 10 * breaks;
    if (best === null || distance < best.distance || (distance === best.distance && before && !best.before)) {
      best = { distance, before, tense: mark.tense };
    }
  }
  return best?.tense ?? "unknown";
}

function markAt(words: readonly Token[], at: number, tense: "past" | "future"): TenseMark {
  return { at, tense, word: indexAt(words, at) };
}

/** Index of the first word ending after `offset`, or the number of words. */
function indexAt(words: readonly Token[], offset: number): number {
  for (let index = 0; index < words.length; index++) if (words[index]!.end > offset) return index;
  return words.length;
}

function readSentence(
  segmented: SegmentedText,
  sentence: number,
  words: readonly Token[],
  index: CueIndex,
): SentenceCues {
  const bounds = segmented.sentences[sentence]!;
  const marks: TenseMark[] = [];
  if (index.futurePhrases !== null) {
    // The sentence's own text: its edges are the edges of the phrases' words.
    const text = segmented.text.slice(bounds.start, bounds.end);
    for (const match of text.matchAll(index.futurePhrases))
      marks.push(markAt(words, bounds.start + match.index, "future"));
  }
  const subordinatorsBefore = [0];
  let subordinators = 0;
  const { cues } = index;
  for (const token of words) {
    const word = token.normal;
    if (index.subordinators.has(word)) subordinators++;
    subordinatorsBefore.push(subordinators);
    if (index.futureWords.has(word) || word.endsWith("'ll")) marks.push(markAt(words, token.start, "future"));
    else if (index.pastWords.has(word)) marks.push(markAt(words, token.start, "past"));
    // Capitalised words are names, unless they open the sentence.
    else if (token.capitalized && bounds.start !== token.start) continue;
    else if (word.length < cues.minimumSuffixWordLength || index.notVerbs.has(word) || token.isStopword) continue;
    else {
      const tense = endingTense(index, word);
      if (tense !== null) marks.push(markAt(words, token.start, tense));
    }
  }
  return { words, marks, subordinatorsBefore };
}

/** The tense of a verb ending of `word`: a future or conditional ending first, else a past one. */
function endingTense(index: CueIndex, word: string): "past" | "future" | null {
  const { cues } = index;
  if (index.endings === null) {
    const ending = (suffix: string): boolean => word.endsWith(suffix);
    if (cues.conditionalSuffixes.some(ending) || cues.futureSuffixes.some(ending)) return "future";
    return cues.pastSuffixes.some(ending) ? "past" : null;
  }
  const candidates = index.endings.get(word.charCodeAt(word.length - 1));
  if (candidates !== undefined) for (const { suffix, tense } of candidates) if (word.endsWith(suffix)) return tense;
  return null;
}

function endingsByLastCodeUnit(cues: TenseCues): CueIndex["endings"] {
  const endings = new Map<number, { suffix: string; tense: "past" | "future" }[]>();
  const all = [
    ...[...cues.conditionalSuffixes, ...cues.futureSuffixes].map((suffix) => ({ suffix, tense: "future" as const })),
    ...cues.pastSuffixes.map((suffix) => ({ suffix, tense: "past" as const })),
  ];
  for (const ending of all) {
    if (ending.suffix === "") return null;
    const last = ending.suffix.charCodeAt(ending.suffix.length - 1);
    endings.set(last, [...(endings.get(last) ?? []), ending]);
  }
  return endings;
}

function cueIndexFor(language: string): CueIndex | null {
  let index = cueIndexes.get(language);
  if (index === undefined) {
    const cues = TENSE_CUES[language as SupportedLanguage];
    if (cues === undefined) index = null;
    else {
      const source = phrasePattern(cues.futurePhrases);
      index = {
        cues,
        futureWords: new Set(cues.futureWords),
        pastWords: new Set(cues.pastWords),
        notVerbs: new Set(cues.notVerbs),
        subordinators: new Set(cues.subordinators),
        futurePhrases: source === "" ? null : new RegExp(`${WORD_START}(?:${source})${WORD_END}`, "giu"),
        endings: endingsByLastCodeUnit(cues),
      };
    }
    cueIndexes.set(language, index);
  }
  return index;
}
