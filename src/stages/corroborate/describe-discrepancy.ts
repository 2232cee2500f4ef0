import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import type { DiscrepancyKind } from "../../domain/story.js";
import type { Token } from "../../domain/text.js";
import { DISCREPANCY_LABELS } from "../../language-data/discrepancy-labels.js";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { attachedNoun, followsDeterminer, isContentWord, nounCues } from "./noun-cues.js";

/** Where one value of a discrepancy is written, and which side (value) it stands for. */
export interface LabelAnchor {
  articleId: ArticleId;
  start: number;
  end: number;
  /** Index of the value it gives: nouns shared by several values describe what they disagree on. */
  side: number;
  /** Stem of the noun the value counts or measures ("soldat"), when known. */
  head?: string | null;
}

interface Candidate {
  stem: string;
  surface: string;
  sides: Set<number>;
  anchors: Set<number>;
  /** Anchors whose own sentence holds it. */
  own: number;
  /** Written right after the value, or the value's head: what the value measures. */
  attached: boolean;
  /** Earliest place in a value's own sentence, in words (the subject comes first); neighbours' words after. */
  order: number;
}

/** Tokens further than this from the value do not describe it. */
const WINDOW = 25;

/**
 * A short label for what the values of a discrepancy are about, from the words around them: the nouns of
 * each value's sentence and its neighbours (a word after a determiner, or attached to the value, "une heure
 * et demie d'entretiens"; other words are verbs, adjectives or names), ranked by how many of the values they stand beside, then by how early in the sentence (the subject first); the
 * noun attached to a value is added when it is another; ties go to the word more of the story's articles use. Phrased with the language's template
 * ("durée : réunion / entretiens", "duration: talks"); each noun written as in the text.
 */
export function describeDiscrepancy(
  kind: DiscrepancyKind,
  anchors: readonly LabelAnchor[],
  docs: ReadonlyMap<ArticleId, AnalyzedArticle>,
): string {
  const language = mainLanguage(anchors, docs);
  // Values written in several languages with none of them most: the kind alone, in English (nouns of different
  // languages meet only by chance: "duración: invasión" for a meeting's length).
  if (language === null) return DISCREPANCY_LABELS.en!.kinds[kind];
  const words = DISCREPANCY_LABELS[language] ?? DISCREPANCY_LABELS.en!;
  const own = anchors.filter((anchor) => docs.get(anchor.articleId)?.segmented.language === language);
  const nouns = describedNouns(own, docs, language);
  return nouns.length === 0 ? words.kinds[kind] : `${words.kinds[kind]}${words.separator}${nouns.join(" / ")}`;
}

/**
 * The language most of the values' places are written in, whose words the label takes (only its own articles' nouns
 * are read); null when several languages share the values and none holds more than half of those places.
 */
function mainLanguage(
  anchors: readonly LabelAnchor[],
  docs: ReadonlyMap<ArticleId, AnalyzedArticle>,
): SupportedLanguage | null {
  const counts = new Map<string, number>();
  for (const anchor of anchors) {
    const language = docs.get(anchor.articleId)?.segmented.language;
    if (language !== undefined) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["en", 0];
  return counts.size > 1 && count * 2 <= anchors.length ? null : (best as SupportedLanguage);
}

/** At most two nouns: the best shared one, and the one attached to a value when it is another. */
export function describedNouns(
  anchors: readonly LabelAnchor[],
  docs: ReadonlyMap<ArticleId, AnalyzedArticle>,
  language: SupportedLanguage,
): string[] {
  const cues = nounCues(language);
  const candidates = new Map<string, Candidate>();
  const anchorsByArticle = new Map<ArticleId, LabelAnchor[]>();
  for (const anchor of anchors) {
    const list = anchorsByArticle.get(anchor.articleId);
    if (list === undefined) anchorsByArticle.set(anchor.articleId, [anchor]);
    else list.push(anchor);
  }
  const spansByArticle = new Map<ArticleId, AnchorSpans>();
  for (const [articleId, list] of anchorsByArticle) spansByArticle.set(articleId, anchorSpans(list));
  anchors.forEach((anchor, anchorIndex) => {
    const doc = docs.get(anchor.articleId);
    if (doc === undefined) return;
    const tokens = doc.segmented.tokens;
    const first = firstEndingAfter(tokens, anchor.start);
    if (first < 0) return;
    let last = first;
    while (tokens[last + 1] !== undefined && tokens[last + 1]!.start < anchor.end) last++;
    const sentence = tokens[first]!.sentence;
    let sentenceStart = first;
    while (sentenceStart > 0 && tokens[sentenceStart - 1]!.sentence === sentence) sentenceStart--;
    const sameArticle = spansByArticle.get(anchor.articleId)!;
    const attachedIndex = attachedNoun(tokens, doc.article.text, last, language);
    for (let index = Math.max(0, first - WINDOW * 2); index <= last + WINDOW * 2 && index < tokens.length; index++) {
      const token = tokens[index]!;
      if (Math.abs(token.sentence - sentence) > 1 || !isContentWord(token, cues) || overlapsSpan(sameArticle, token))
        continue;
      const distance = index < first ? first - index : index - last;
      if (distance > WINDOW && token.sentence === sentence) continue;
      const attached = index === attachedIndex || (anchor.head != null && token.stem === anchor.head && distance <= 2);
      if (!attached && !followsDeterminer(tokens, index, cues)) continue;
      let entry = candidates.get(token.stem);
      if (entry === undefined) {
        entry = {
          stem: token.stem,
          surface: token.text,
          sides: new Set<number>(),
          anchors: new Set<number>(),
          own: 0,
          attached: false,
          order: Number.POSITIVE_INFINITY,
        };
        candidates.set(token.stem, entry);
      }
      entry.sides.add(anchor.side);
      if (!entry.anchors.has(anchorIndex) && token.sentence === sentence) entry.own++;
      entry.anchors.add(anchorIndex);
      entry.attached ||= attached;
      const order = index - sentenceStart;
      entry.order = Math.min(entry.order, token.sentence === sentence ? order : WINDOW * 4 + Math.abs(order));
    }
  });
  // How many of the story's articles use the word: the story's own event nouns before incidental ones.
  const spread = articlesUsing(docs);
  const ranked = [...candidates.values()].sort(
    (a, b) =>
      b.sides.size - a.sides.size ||
      b.anchors.size - a.anchors.size ||
      Number(b.attached) - Number(a.attached) ||
      (spread.get(b.stem) ?? 0) - (spread.get(a.stem) ?? 0) ||
      b.own - a.own ||
      a.order - b.order ||
      (a.stem < b.stem ? -1 : 1),
  );
  const best = ranked[0];
  if (best === undefined) return [];
  const attached = ranked.find((candidate) => candidate.attached && candidate !== best);
  return attached === undefined ? [best.surface] : [best.surface, attached.surface];
}

/**
 * The places of one article's anchors, sorted by start, with the furthest end among each anchor and those
 * before it: whether a token overlaps one of them is a search by halves, not a test of every anchor (a
 * group of a large story holds hundreds of values, and each is described from the words around it).
 */
interface AnchorSpans {
  starts: number[];
  furthestEnds: number[];
}

function anchorSpans(anchors: readonly LabelAnchor[]): AnchorSpans {
  const sorted = [...anchors].sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const furthestEnds: number[] = [];
  let furthest = Number.NEGATIVE_INFINITY;
  for (const anchor of sorted) {
    furthest = Math.max(furthest, anchor.end);
    starts.push(anchor.start);
    furthestEnds.push(furthest);
  }
  return { starts, furthestEnds };
}

/** Whether `token` overlaps one of the anchors: one starting before its end ends after its start. */
function overlapsSpan({ starts, furthestEnds }: AnchorSpans, token: Token): boolean {
  // The anchors starting before the token ends are the first `low`.
  let [low, high] = [0, starts.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! < token.end) low = middle + 1;
    else high = middle;
  }
  return low > 0 && furthestEnds[low - 1]! > token.start;
}

/** Each stem's number of the story's articles using it, counted once per story (its map of articles). */
const storySpreads = new WeakMap<ReadonlyMap<ArticleId, AnalyzedArticle>, Map<string, number>>();

function articlesUsing(docs: ReadonlyMap<ArticleId, AnalyzedArticle>): Map<string, number> {
  let spread = storySpreads.get(docs);
  if (spread === undefined) {
    // Counted for every stem at once: each discrepancy asking about its own words, article by article, made a
    // story of n articles and d discrepancies cost n × d (1,451 articles and 279 discrepancies: 20 million look-ups).
    spread = new Map();
    const stems = new Set<string>();
    for (const doc of docs.values()) {
      for (const token of doc.segmented.tokens) stems.add(token.stem);
      for (const stem of stems) spread.set(stem, (spread.get(stem) ?? 0) + 1);
      stems.clear();
    }
    storySpreads.set(docs, spread);
  }
  return spread;
}

/** Token lists whose ends never decrease: those are searched by halves. */
const endOrdered = new WeakMap<readonly Token[], boolean>();

/** Index of the first token ending after `offset`, -1 when none does: `tokens.findIndex(t => t.end > offset)`. */
function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let ordered = endOrdered.get(tokens);
  if (ordered === undefined) {
    ordered = tokens.every((token, index) => index === 0 || tokens[index - 1]!.end <= token.end);
    endOrdered.set(tokens, ordered);
  }
  if (!ordered) return tokens.findIndex((token) => token.end > offset);
  let [low, high] = [0, tokens.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low < tokens.length ? low : -1;
}
