import type { Token } from "../../../domain/text.js";

/** One quoted passage with what grouping needs. */
export interface VariantFeatures {
  article: string;
  text: string;
  speaker: string | null;
  /** Content stems of the quoted words (all words' stems when every word is a stopword). */
  stems: string[];
  /** Content stems of the rest of its sentence. */
  context: string[];
}

/** A list of stems ready for `softOverlap`: its distinct stems, and those of three letters or more by their first three. */
interface StemIndex {
  distinct: string[];
  set: Set<string>;
  /** First three letters → the stems of three letters or more so starting: the only ones a prefix can relate. */
  byOpening: Map<string, string[]>;
}

function stemIndex(stems: readonly string[]): StemIndex {
  const set = new Set(stems);
  const distinct = [...set];
  const byOpening = new Map<string, string[]>();
  for (const stem of distinct) {
    if (stem.length < 3) continue;
    const opening = stem.slice(0, 3);
    const list = byOpening.get(opening);
    if (list === undefined) byOpening.set(opening, [stem]);
    else list.push(stem);
  }
  return { distinct, set, byOpening };
}

/**
 * The stem indexes of one grouping, each stem list indexed once when first weighed (a list is weighed against
 * many others), and dropped with the grouping.
 */
class StemIndexes {
  private readonly known = new Map<readonly string[], StemIndex>();

  of(stems: readonly string[]): StemIndex {
    let index = this.known.get(stems);
    if (index === undefined) {
      index = stemIndex(stems);
      this.known.set(stems, index);
    }
    return index;
  }
}

/**
 * How much of the longer of two stems the shorter must make when it is its prefix: "uni" / "unifi" (3 of 5) and
 * "sever" / "severit" yes; "bar" is no "barbari", nor "arm" "armaron", "pro" "programm" (a short stem opens many
 * words of other languages).
 */
const PREFIX_SHARE = 0.6;

/** Whether `short` opens `long` and makes enough of it (`PREFIX_SHARE`). */
function opens(short: string, long: string): boolean {
  return short.length >= PREFIX_SHARE * long.length && long.startsWith(short);
}

/**
 * Whether some stem of `large` matches `stem`: equal, or one a prefix (three letters or more, `opens`) of the other.
 * Stems so related share their first three letters.
 */
function matchesSome(stem: string, large: StemIndex): boolean {
  if (large.set.has(stem)) return true;
  if (stem.length < 3) return false;
  const related = large.byOpening.get(stem.slice(0, 3));
  if (related === undefined) return false;
  for (const other of related) if (other.length < stem.length ? opens(other, stem) : opens(stem, other)) return true;
  return false;
}

/** Share of the smaller set found in the larger, stems matching when equal or one a prefix of the other ("uni"/"unifi"). */
export function softOverlap(
  a: readonly string[],
  b: readonly string[],
  indexes: StemIndexes = new StemIndexes(),
): number {
  if (a.length === 0 || b.length === 0) return 0;
  const smallIndex = indexes.of(a.length <= b.length ? a : b);
  const largeIndex = indexes.of(a.length <= b.length ? b : a);
  let found = 0;
  for (const stem of smallIndex.distinct) if (matchesSome(stem, largeIndex)) found++;
  return found / smallIndex.distinct.length;
}

/** `/^\d+$/.test(word)`: a number, which is no content word. */
function isNumber(word: string): boolean {
  if (word.length === 0) return false;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

export function contentStems(tokens: readonly Token[]): string[] {
  const content = tokens.filter((token) => !token.isStopword && token.stem.length >= 2 && !isNumber(token.stem));
  return (content.length > 0 ? content : tokens).map((token) => token.stem);
}

/**
 * How likely two quoted passages report the same statement: their words (stems, loosely, so translations and
 * paraphrases of one sentence meet), their lengths, and the sentence around them. 0 when their speakers differ.
 */
export function variantSimilarity(a: VariantFeatures, b: VariantFeatures): number {
  return similarityFrom(a, b, Number.NEGATIVE_INFINITY, new StemIndexes());
}

/**
 * `variantSimilarity(a, b)`, or some score below `floor` when it is sure to fall below it: the words and lengths
 * alone, with the context at its best, do not reach it (the context overlap, the dearest part, is then skipped).
 */
function similarityFrom(a: VariantFeatures, b: VariantFeatures, floor: number, indexes: StemIndexes): number {
  if (a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker) return 0;
  if (a.article === b.article && a.text !== b.text) return 0;
  const words = softOverlap(a.stems, b.stems, indexes);
  const lengths = Math.min(a.stems.length, b.stems.length) / Math.max(a.stems.length, b.stems.length);
  // A passage of one or two content words is no variant of one with twice as many or more: a quoted word ("la
  // révolution") is not the statement "La révolution n'est pas achevée".
  if (Math.min(a.stems.length, b.stems.length) <= 2 && lengths <= 0.5) return 0;
  const penalty = a.speaker === null || b.speaker === null ? 0.15 : 0;
  const partial = 0.6 * words + 0.15 * lengths;
  // The margin covers rounding: a score skipped here is below `floor` by far more than the last bits.
  if (partial + 0.25 - penalty + 1e-9 < floor) return Number.NEGATIVE_INFINITY;
  const context = softOverlap(a.context, b.context, indexes);
  const score = partial + 0.25 * context;
  return penalty > 0 ? score - 0.15 : score;
}

/** Where groups are filed by the stems of their passages, to find the groups sharing a stem with a passage. */
class GroupsByStem {
  /** Stem → groups holding a passage with that stem (a group once per passage). */
  private readonly byStem = new Map<string, number[]>();
  /** Prefix of three letters or more (whole stems included) → groups holding a passage with a stem so starting. */
  private readonly byPrefix = new Map<string, number[]>();

  constructor(private readonly indexes: StemIndexes) {}

  private static add(map: Map<string, number[]>, key: string, group: number): void {
    const list = map.get(key);
    if (list === undefined) map.set(key, [group]);
    else if (list.at(-1) !== group) list.push(group);
  }

  private static collect(found: Set<number>, groups: readonly number[] | undefined): void {
    if (groups !== undefined) for (const group of groups) found.add(group);
  }

  file(stems: readonly string[], group: number): void {
    for (const stem of this.indexes.of(stems).distinct) {
      GroupsByStem.add(this.byStem, stem, group);
      for (let length = 3; length <= stem.length; length++)
        GroupsByStem.add(this.byPrefix, stem.slice(0, length), group);
    }
  }

  /** The groups sharing a stem with these, loosely (`softOverlap` above 0), in increasing order. */
  search(stems: readonly string[]): number[] {
    const found = new Set<number>();
    for (const stem of this.indexes.of(stems).distinct) {
      GroupsByStem.collect(found, this.byStem.get(stem));
      if (stem.length >= 3) GroupsByStem.collect(found, this.byPrefix.get(stem));
      for (let length = 3; length < stem.length; length++)
        GroupsByStem.collect(found, this.byStem.get(stem.slice(0, length)));
    }
    return [...found].sort((a, b) => a - b);
  }
}

/**
 * How many groups hold a passage of each article, and how many of those quote it with each text: the groups a
 * passage may join are the others, and those quoting its article with its own text.
 */
class ArticleTexts {
  private readonly groupsByArticle = new Map<string, number>();
  private readonly groupsByText = new Map<string, Map<string, number>>();

  add(article: string, text: string): void {
    this.groupsByArticle.set(article, (this.groupsByArticle.get(article) ?? 0) + 1);
    let byText = this.groupsByText.get(article);
    if (byText === undefined) {
      byText = new Map();
      this.groupsByText.set(article, byText);
    }
    byText.set(text, (byText.get(text) ?? 0) + 1);
  }

  /** Groups holding a passage of `article` with another text than `text`. */
  closedTo(article: string, text: string): number {
    return (this.groupsByArticle.get(article) ?? 0) - (this.groupsByText.get(article)?.get(text) ?? 0);
  }
}

/**
 * How well `variant` fits a group (`members`, quoting `texts` by article): its best score against them (NaN if one
 * scores NaN, as `Math.max` would have it), or NaN when the group quotes its article with another text.
 */
function groupScore(
  variants: readonly VariantFeatures[],
  members: readonly number[],
  texts: ReadonlyMap<string, string>,
  variant: VariantFeatures,
  floor: number,
  indexes: StemIndexes,
): number {
  const text = texts.get(variant.article);
  if (text !== undefined && text !== variant.text) return Number.NaN;
  let score = Number.NEGATIVE_INFINITY;
  for (const member of members) {
    const similarity = similarityFrom(variants[member]!, variant, floor, indexes);
    if (Number.isNaN(similarity)) return Number.NaN;
    if (similarity > score) score = similarity;
  }
  return score;
}

/**
 * Greedy grouping: each passage joins the group holding its most similar passage, if similar enough. A
 * passage sharing no stem with a group scores at most 0.4 against it (context and lengths alone), so only
 * the groups sharing a stem are weighed when the threshold is above that. A group holding another passage of
 * the same article is never joined (so the passages of one article in a group all have one text): when every
 * group does, as in a story of one article, nothing is weighed, and the stems are filed only once needed.
 */
export function groupVariants(variants: readonly VariantFeatures[], threshold = 0.55): number[][] {
  const groups: number[][] = [];
  /** Per group, the text its passages from each article quote. */
  const texts: Map<string, string>[] = [];
  const articleTexts = new ArticleTexts();
  const indexes = new StemIndexes();
  const filed = new GroupsByStem(indexes);
  const unfiled: { stems: readonly string[]; group: number }[] = [];
  const prune = threshold > 0.41;
  variants.forEach((variant, index) => {
    let best = -1;
    let bestScore = threshold;
    if (articleTexts.closedTo(variant.article, variant.text) < groups.length) {
      if (prune) for (const { stems, group } of unfiled.splice(0)) filed.file(stems, group);
      const weighed = prune ? filed.search(variant.stems) : groups.keys();
      for (const groupIndex of weighed) {
        const score = groupScore(variants, groups[groupIndex]!, texts[groupIndex]!, variant, bestScore, indexes);
        if (score >= bestScore) {
          best = groupIndex;
          bestScore = score;
        }
      }
    }
    const joined = best >= 0 ? best : groups.length;
    if (best >= 0) groups[best]!.push(index);
    else {
      groups.push([index]);
      texts.push(new Map());
    }
    if (!texts[joined]!.has(variant.article)) articleTexts.add(variant.article, variant.text);
    texts[joined]!.set(variant.article, variant.text);
    if (prune) unfiled.push({ stems: variant.stems, group: joined });
  });
  return groups;
}
