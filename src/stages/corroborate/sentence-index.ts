import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import { cosine, type TermVector, weighInPlace, weightVector } from "../../similarity/index.js";
import { claimTermsOf } from "./claim-terms.js";
import type { CorroborateOptions } from "./corroboration-input.js";
import { sentenceCues } from "./sentence-cues.js";
import { StoryTerms, tokensOf } from "./story-terms.js";

/** The features that read the same in every language. */
const PORTABLE = /^(?:number|date|entity):/;

/** Names in at most this share of the story's sentences count among claim terms. */
const RARE_NAME_SHARE = 0.05;

/** One sentence of the story with what corroborate compares. */
export interface IndexedSentence {
  readonly articleId: ArticleId;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  /** Content stems, entities and exact numbers, TF-IDF weighted over the story's sentences. */
  readonly vector: TermVector;
  /** The same with the neighbouring sentences added at half weight: the context of a number or venue. */
  readonly context: TermVector;
  /** Its article's language. */
  readonly language: string;
  /**
   * What reads the same in every language (numbers, dates, names, and the concepts of `NEWS_CONCEPTS`), TF-IDF
   * weighted: what two sentences of two languages are compared on, as they share no stem.
   */
  readonly portable: TermVector;
  /** Its concept features (`conceptTermOf`), compared across languages only. */
  readonly concepts: readonly string[];
  /** Number of content terms: very short sentences are not claims. */
  readonly terms: number;
  readonly reported: boolean;
  readonly negated: boolean;
  /**
   * What a claim is made of: content stems written in lower case (or opening the sentence), exact numbers and
   * dates, and the names few sentences use. Two sentences sharing only the story's protagonists ("Blinken",
   * "Lavrov") make no claim together.
   */
  readonly claimTerms: Set<string>;
  /** The surnames of the story's protagonists it names (people many of the story's sentences name). */
  readonly persons: readonly string[];
  /** Names its own subject: it opens neither on a back-reference ("Ce dernier", "Il") nor inside a quotation. */
  readonly standalone: boolean;
  /** Holds an excerpt that flags its article as machine-translated ("mais stress que"): a poor representative. */
  readonly garbled: boolean;
}

/** The sentences of a story's articles, in article order, with look-ups by article. */
export interface StorySentences {
  readonly all: readonly IndexedSentence[];
  /** The sentences of one article, by sentence number (none for an article not in the story). */
  of(articleId: ArticleId): readonly IndexedSentence[];
  /** One sentence of one article. */
  at(articleId: ArticleId, sentence: number): IndexedSentence | undefined;
}

/**
 * Whether the sentence `[start, end)` of `doc` overlaps one of its article's machine-translation
 * signals (their excerpts carry a little context, so they may straddle two sentences).
 */
function isGarbled(doc: AnalyzedArticle, start: number, end: number): boolean {
  // Articles built by hand (tests, callers outside the pipeline) may come without translation flags.
  for (const signal of doc.article.machineTranslated?.signals ?? []) {
    const at = signal.excerpt === "" ? -1 : doc.article.text.indexOf(signal.excerpt);
    if (at >= 0 && Math.min(end, at + signal.excerpt.length) - Math.max(start, at) >= 10) return true;
  }
  return false;
}

/**
 * One sentence of the story. Beyond its place, what it is compared on (vectors, claim terms, cues) is worked
 * out when first read: most sentences of most stories are never compared with another article's.
 */
class StorySentence implements IndexedSentence {
  readonly articleId: ArticleId;
  readonly start: number;
  readonly end: number;
  private weighted: TermVector | undefined;
  private languageFree: TermVector | undefined;
  private around: TermVector | undefined;
  private claim: Set<string> | undefined;
  private cues: ReturnType<typeof sentenceCues> | undefined;
  private translationDamage: boolean | undefined;
  private people: readonly string[] | undefined;

  constructor(
    private readonly story: StoryTerms,
    /** Place among the story's sentences. */
    private readonly index: number,
    private readonly doc: AnalyzedArticle,
    readonly sentence: number,
  ) {
    const bounds = doc.segmented.sentences[sentence]!;
    this.articleId = doc.article.id;
    this.start = bounds.start;
    this.end = bounds.end;
  }

  get terms(): number {
    return this.story.termsAt(this.index).size;
  }

  get vector(): TermVector {
    this.weighted ??= weightVector(this.story.termsAt(this.index), this.story.idf);
    return this.weighted;
  }

  get language(): string {
    return this.doc.segmented.language;
  }

  get portable(): TermVector {
    if (this.languageFree === undefined) {
      const counts = new Map<string, number>();
      for (const [term, count] of this.story.termsAt(this.index)) if (PORTABLE.test(term)) counts.set(term, count);
      for (const concept of this.story.conceptsAt(this.index)) counts.set(concept, 1);
      this.languageFree = weighInPlace(counts, this.story.idf);
    }
    return this.languageFree;
  }

  get concepts(): readonly string[] {
    return this.story.conceptsAt(this.index);
  }

  get context(): TermVector {
    if (this.around === undefined) {
      const around = new Map(this.story.termsAt(this.index));
      for (let neighbour = this.index - 1; neighbour <= this.index + 1; neighbour += 2) {
        if (this.story.articleAt(neighbour) !== this.doc) continue;
        for (const [term, count] of this.story.termsAt(neighbour))
          around.set(term, (around.get(term) ?? 0) + count / 2);
      }
      this.around = weighInPlace(around, this.story.idf);
    }
    return this.around;
  }

  get claimTerms(): Set<string> {
    if (this.claim === undefined) {
      const terms = this.story.termsAt(this.index);
      const claim = claimTermsOf(tokensOf(this.doc, this.sentence), terms, this.doc.segmented.language);
      // A name few sentences use carries a claim ("la Roumanie et la Bulgarie"); the story's protagonists do not.
      const rareName = Math.max(2, RARE_NAME_SHARE * this.story.sentenceCount);
      for (const term of terms.keys())
        if (term.startsWith("entity:") && this.story.frequency(term) <= rareName) claim.add(term);
      this.claim = claim;
    }
    return this.claim;
  }

  get persons(): readonly string[] {
    if (this.people === undefined) {
      // A person few sentences name is a claim's detail ("…which Barack Obama championed"), not whom it is about.
      const rareName = Math.max(2, RARE_NAME_SHARE * this.story.sentenceCount);
      const surnames = new Set<string>();
      for (const term of this.story.termsAt(this.index).keys()) {
        const surname = this.story.personFeatures.get(term);
        if (surname !== undefined && this.story.frequency(term) > rareName) surnames.add(surname);
      }
      this.people = [...surnames];
    }
    return this.people;
  }

  private get cueFlags(): ReturnType<typeof sentenceCues> {
    this.cues ??= sentenceCues(this.doc.segmented, this.sentence, tokensOf(this.doc, this.sentence));
    return this.cues;
  }

  get reported(): boolean {
    return this.cueFlags.reported;
  }

  get negated(): boolean {
    return this.cueFlags.negated;
  }

  get standalone(): boolean {
    return this.cueFlags.standalone;
  }

  get garbled(): boolean {
    this.translationDamage ??= isGarbled(this.doc, this.start, this.end);
    return this.translationDamage;
  }
}

/** The sentences of all `docs`, whose vectors `similarity(a, b)` compares (the cosine of two of them). */
export function indexSentences(docs: readonly AnalyzedArticle[], options: CorroborateOptions): StorySentences {
  const places = docs.flatMap((doc) => doc.segmented.sentences.map((_, sentence) => ({ doc, sentence })));
  const story = new StoryTerms(places, options);
  const all: StorySentence[] = [];
  const byArticle = new Map<ArticleId, StorySentence[]>();
  for (const doc of docs) {
    const own = doc.segmented.sentences.map(
      (_, sentence) => new StorySentence(story, all.length + sentence, doc, sentence),
    );
    for (const sentence of own) all.push(sentence);
    byArticle.set(doc.article.id, own);
  }
  return {
    all,
    of: (articleId) => byArticle.get(articleId) ?? [],
    at: (articleId, sentence) => byArticle.get(articleId)?.[sentence],
  };
}

export { cosine as similarity };

/**
 * How alike two sentences are: the cosine of their vectors in one language; across two, of what reads the same in
 * both (`portable`): "Der operative Gewinn sank um 42 Prozent auf 2,9 Milliarden Euro" and "Volkswagen's operating
 * profit fell 42% to 2.9 billion euros" share their numbers and concepts, not a stem.
 */
export function sentenceSimilarity(a: IndexedSentence, b: IndexedSentence): number {
  return a.language === b.language ? cosine(a.vector, b.vector) : cosine(a.portable, b.portable);
}
