import type { ArticleId } from "../../domain/ids.js";
import type { Discrepancy } from "../../domain/story.js";
import { BACK_REFERENCE_OPENERS } from "../../language-data/back-reference-openers.js";
import { DISCREPANCY_LABELS } from "../../language-data/discrepancy-labels.js";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { PERSON_PRONOUNS } from "../../language-data/pronouns.js";
import type { QuotedStatement } from "./corroboration-input.js";
import { foldedWords, nameWords } from "./name-words.js";

/** Two wordings are the same quotation at or above this word overlap (Jaccard)… */
const SAME_WORDS = 0.6;
/** …when both have at least this many words: short phrases ("prématuré") are said by many. */
const MINIMUM_WORDS = 5;
/** Words of the quotation shown in the label. */
const LABEL_WORDS = 6;

interface Attributed {
  quote: number;
  speaker: string;
  articleId: ArticleId;
  start: number;
  end: number;
  text: string;
  mention: string | null;
  words: Set<string>;
}

/**
 * The same words quoted with different speakers by different articles. Only explicit attributions count: a
 * variant whose speaker is known and, when the article's wording is given, named rather than a pronoun or a
 * back-reference ("il", "ce dernier"); and only quotations of MINIMUM_WORDS words or more whose wordings
 * overlap by SAME_WORDS or more. One discrepancy per quotation, one value per speaker.
 */
export function findSpeakerDiscrepancies(
  quotes: readonly QuotedStatement[],
  languageOf: (articleId: ArticleId) => string,
): Discrepancy[] {
  const variants: Attributed[] = [];
  quotes.forEach((quote, index) => {
    if (quote.speaker === null) return;
    for (const variant of quote.variants) {
      const mention = variant.speakerMention ?? null;
      if (variant.speakerMention !== undefined && !isNamed(mention, languageOf(variant.articleId))) continue;
      const words = wordsOf(variant.text);
      if (words.size < MINIMUM_WORDS) continue;
      variants.push({ quote: index, speaker: quote.speaker, ...variant, mention, words });
    }
  });
  const parent = variants.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i]!;
    return i;
  };
  const conflicting = new Set<number>();
  for (let i = 0; i < variants.length; i++) {
    for (let j = i + 1; j < variants.length; j++) {
      const [a, b] = [variants[i]!, variants[j]!];
      if (a.articleId === b.articleId || !mayOverlap(a.words, b.words) || jaccard(a.words, b.words) < SAME_WORDS)
        continue;
      parent[find(i)] = find(j);
      if (a.speaker !== b.speaker) conflicting.add(i).add(j);
    }
  }
  const disputed = new Set([...conflicting].map(find));
  const groups = new Map<number, Attributed[]>();
  variants.forEach((variant, index) => {
    const root = find(index);
    if (disputed.has(root)) groups.set(root, [...(groups.get(root) ?? []), variant]);
  });
  const discrepancies: Discrepancy[] = [];
  for (const group of groups.values()) {
    // "King" and "Billy King", "A. J. Smith" and "General Manager A. J. Smith": one speaker, under its longest name.
    const names = [...new Set(group.map((variant) => variant.speaker))].sort((x, y) => y.length - x.length);
    const bySpeaker = new Map<string, Attributed[]>();
    for (const variant of group) {
      const key = names.find((name) => sameSpeaker(name, variant.speaker)) ?? variant.speaker;
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), variant]);
    }
    if (bySpeaker.size < 2) continue;
    const first = group[0]!;
    const words = DISCREPANCY_LABELS[languageOf(first.articleId) as SupportedLanguage] ?? DISCREPANCY_LABELS.en!;
    const shown = first.text.split(/\s+/).slice(0, LABEL_WORDS).join(" ");
    const excerpt = shown.length < first.text.trim().length ? `${shown}…` : shown;
    discrepancies.push({
      about: `${words.kinds.speaker}${words.separator}« ${excerpt} »`,
      kind: "speaker",
      values: [...bySpeaker].map(([speaker, members]) => ({
        value: members.find((m) => m.mention !== null)?.mention ?? speaker,
        normalized: speaker,
        articleIds: [...new Set(members.map((m) => m.articleId))],
        evidence: members.map((m) => ({ articleId: m.articleId, start: m.start, end: m.end })),
      })),
    });
  }
  return discrepancies;
}

/**
 * Whether two speaker names may name one person: the same surname ("Craft", "Troy Police Chief Charles Craft";
 * "President Boone Isaacs", "Cheryl Boone Isaacs") or the words of one all in the other ("Charlie", "Charlie Kafoury").
 */
function sameSpeaker(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [nameWords(a), nameWords(b)];
  if (x.length === 0 || y.length === 0) return false;
  // The same surname, and the same word before it when both give one ("Joe Biden" and "Hunter Biden" are two).
  if (x[x.length - 1] === y[y.length - 1] && (x.length === 1 || y.length === 1 || x[x.length - 2] === y[y.length - 2]))
    return true;
  const [shorter, longer] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return shorter.every((word) => longer.has(word));
}

function isNamed(mention: string | null, language: string): boolean {
  if (mention === null) return false;
  const lower = mention.trim().toLowerCase();
  const lang = language as SupportedLanguage;
  const pronouns = [...(PERSON_PRONOUNS[lang] ?? []), ...(BACK_REFERENCE_OPENERS[lang] ?? [])];
  return !pronouns.includes(lower);
}

function wordsOf(text: string): Set<string> {
  return new Set(foldedWords(text));
}

/**
 * Whether two word sets may overlap by SAME_WORDS: their Jaccard index is at most the smaller size over the
 * larger, so sets of very different sizes need no counting.
 */
function mayOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return Math.min(a.size, b.size) / Math.max(a.size, b.size) >= SAME_WORDS;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared || 1);
}
