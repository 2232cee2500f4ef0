// The terms of a story's sentences, counted once for the whole story: content stems, entities, numbers and dates, their
// document frequencies and IDF, and which entities are the story's people.
import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Token } from "../../domain/text.js";
import { type TermVector, termCounts } from "../../similarity/index.js";
import { conceptTermOf } from "./concept-terms.js";
import type { CorroborateOptions } from "./corroboration-input.js";
import { createEntityFeatures } from "./entity-features.js";
import { surnameOf } from "./name-words.js";

/** Tokens of each sentence of an article, grouped once. */
const tokenGroups = new WeakMap<AnalyzedArticle, Token[][]>();

export function tokensOf(doc: AnalyzedArticle, sentence: number): Token[] {
  let groups = tokenGroups.get(doc);
  if (groups === undefined) {
    const built = doc.segmented.sentences.map((): Token[] => []);
    for (const token of doc.segmented.tokens) built[token.sentence]?.push(token);
    groups = built;
    tokenGroups.set(doc, groups);
  }
  return groups[sentence] ?? [];
}

/** How many of the story's sentences use a term, and its IDF once worked out (0 until then: an IDF is at least 1). */
interface TermFrequency {
  sentences: number;
  idf: number;
}

/**
 * The term counts of every sentence of the story and their document frequencies: what every vector needs,
 * counted on first use (a story whose sentences are never compared, most single-article ones, never pays).
 */
export class StoryTerms {
  private counts: TermVector[] | undefined;
  private readonly concepts: string[][] = [];
  /** The `entity:` features of the story's people, and the surname each is known by. */
  readonly personFeatures: ReadonlyMap<string, string>;
  /** Sentences using each term (the smoothed IDF of `DocumentFrequencies`, counted without a set per sentence). */
  private readonly frequencies = new Map<string, TermFrequency>();

  constructor(
    private readonly sentences: readonly { doc: AnalyzedArticle; sentence: number }[],
    private readonly options: CorroborateOptions,
  ) {
    // By surname: "Andrew M. Cuomo" and "Andrew Cuomo", two entities (a middle initial may be another man's), are one
    // protagonist here.
    const people = new Map<string, string>();
    for (const entity of options.entities ?? []) {
      const surname = entity.type === "person" ? surnameOf(entity.name) : undefined;
      if (surname !== undefined) people.set(`entity:${entity.name}`, surname);
    }
    this.personFeatures = people;
  }

  /**
   * The concept features of the sentence at `index` (`conceptTermOf`): kept apart from its terms, they are compared
   * only across languages, where no stem is shared.
   */
  conceptsAt(index: number): readonly string[] {
    this.counts ??= this.countAll();
    return this.concepts[index]!;
  }

  /** Content stems, entities and exact numbers of the sentence at `index` of the story, counted. */
  termsAt(index: number): TermVector {
    this.counts ??= this.countAll();
    return this.counts[index]!;
  }

  get sentenceCount(): number {
    return this.sentences.length;
  }

  /** The article of the sentence at `index` of the story (undefined past either end). */
  articleAt(index: number): AnalyzedArticle | undefined {
    return this.sentences[index]?.doc;
  }

  /** Story sentences using `term`. */
  frequency(term: string): number {
    this.counts ??= this.countAll();
    return this.frequencies.get(term)?.sentences ?? 0;
  }

  readonly idf = (term: string): number => {
    this.counts ??= this.countAll();
    const frequency = this.frequencies.get(term);
    if (frequency === undefined) return this.idfOf(0);
    // Worked out on first use: it is read for every vector holding the term.
    if (frequency.idf === 0) frequency.idf = this.idfOf(frequency.sentences);
    return frequency.idf;
  };

  private idfOf(sentences: number): number {
    return Math.log((1 + this.sentences.length) / (1 + sentences)) + 1;
  }

  private countAll(): TermVector[] {
    const entities = createEntityFeatures(this.options.entities ?? []);
    const numbersByArticle = new Map<ArticleId, Map<number, string[]>>();
    const numbersOf = (articleId: ArticleId): Map<number, string[]> => {
      let numbers = numbersByArticle.get(articleId);
      if (numbers === undefined) {
        numbers = new Map();
        numbersByArticle.set(articleId, numbers);
      }
      return numbers;
    };
    // Quantities first, then dates, each in the order given: the order the features join a sentence's terms.
    for (const quantity of this.options.quantities ?? []) {
      if (quantity.vague || quantity.kind === "date") continue;
      const numbers = numbersOf(quantity.articleId);
      const list = numbers.get(quantity.sentence) ?? [];
      list.push(`number:${quantity.kind}:${quantity.normalized}`);
      numbers.set(quantity.sentence, list);
    }
    for (const mention of this.options.dates ?? []) {
      if (mention.precision === "year") continue;
      const numbers = numbersOf(mention.articleId);
      const list = numbers.get(mention.sentence) ?? [];
      list.push(`date:${mention.date}`);
      numbers.set(mention.sentence, list);
    }
    const counts: TermVector[] = [];
    const frequencies = this.frequencies;
    const multilingual = new Set(this.sentences.map(({ doc }) => doc.segmented.language)).size > 1;
    for (const { doc, sentence } of this.sentences) {
      const bounds = doc.segmented.sentences[sentence]!;
      const tokens = tokensOf(doc, sentence);
      const terms = termCounts(tokens);
      // A claim's words shared across languages: "muertos", "killed", "Tote" are one concept (none to find in a story
      // of one language, where they are never compared).
      const concepts = new Set<string>();
      if (multilingual)
        for (const token of tokens) {
          const concept = conceptTermOf(token.normal, doc.segmented.language);
          if (concept !== undefined) concepts.add(concept);
        }
      for (const concept of concepts) {
        const frequency = frequencies.get(concept);
        if (frequency === undefined) frequencies.set(concept, { sentences: 1, idf: 0 });
        else frequency.sentences++;
      }
      this.concepts.push([...concepts]);
      for (const feature of entities.of(doc.segmented.text.slice(bounds.start, bounds.end))) terms.set(feature, 1);
      const numbers = numbersByArticle.get(doc.article.id)?.get(sentence);
      if (numbers !== undefined) for (const feature of numbers) terms.set(feature, 1);
      // A count's terms are distinct: each sentence adds one to each of its terms, counted while it is at hand.
      for (const term of terms.keys()) {
        const frequency = frequencies.get(term);
        if (frequency === undefined) frequencies.set(term, { sentences: 1, idf: 0 });
        else frequency.sentences++;
      }
      counts.push(terms);
    }
    return counts;
  }
}
