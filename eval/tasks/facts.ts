// Facts ("what the sources agree on") against ECB+'s cross-document coreference: when recoupe puts two
// articles' sentences in one fact, do they tell the same happening? ECB+ annotates, in 1,840 sentences of its
// 982 English articles, each event mention (and its participants, places, times) with a corpus-wide
// instance, so two annotated sentences of different articles are judged:
// - same event: they mention one event instance ("the quake" / "an earthquake struck");
// - same statement: one supports the other: most of the events and of the participants, places and times of
//   the sentence that mentions fewer are the other's (see `sameStatement`), the gold for recall.
// Pairs with a sentence outside the annotated ones are not judged (counted apart). The pipeline runs as a
// user's batch would (each article its own outlet); a second run gives it the gold events as stories, so
// alignment is scored apart from clustering. Baselines: every pair of the gold event (the prior), and
// TF-IDF cosine of lower-cased words between sentences of the gold event, at two thresholds.
import type { RawArticle } from "../../src/domain/article.js";
import type { ArticleId } from "../../src/domain/ids.js";
import type { Story } from "../../src/domain/story.js";
import { buildStories, groupIntoStories, linkDuplicates, prepareBatch } from "../../src/pipeline/index.js";
import { type EcbCorefDocument, type EcbSentence, loadEcbPlusCoreference } from "../datasets/ecbplus-coreference.js";
import { sameEvent, sameStatement } from "../metrics/same-statement.js";
import { cosine, type WordVector, wordTfidf } from "../metrics/word-tfidf.js";
import type { EvalContext, EvalResult, EvalRow, EvalTask } from "../task.js";

interface Judged {
  /** Pairs with both sentences annotated. */
  judged: number;
  sameEvent: number;
  sameStatement: number;
  /** Pairs with a sentence outside the annotated ones. */
  unjudged: number;
}

function judge(pairs: Iterable<[EcbSentence, EcbSentence]>): Judged {
  const counts: Judged = { judged: 0, sameEvent: 0, sameStatement: 0, unjudged: 0 };
  for (const [a, b] of pairs) {
    if (!(a.annotated && b.annotated)) {
      counts.unjudged++;
      continue;
    }
    counts.judged++;
    if (sameEvent(a, b)) counts.sameEvent++;
    if (sameStatement(a, b)) counts.sameStatement++;
  }
  return counts;
}

/** `items` grouped by `key`, groups in order of first item. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return [...groups.values()];
}

/** Every pair of sentences of two different documents of one gold event (of those `keep` takes). */
function* eventSentencePairs(
  documents: readonly EcbCorefDocument[],
  keep: (sentence: EcbSentence) => boolean = () => true,
): Generator<[EcbSentence, EcbSentence]> {
  for (const members of groupBy(documents, (document) => document.eventId)) {
    const sentences = members.map((document) => document.sentences.filter(keep));
    for (let i = 0; i < sentences.length; i++)
      for (let j = i + 1; j < sentences.length; j++)
        for (const a of sentences[i]!) for (const b of sentences[j]!) yield [a, b];
  }
}

/** Annotated sentence pairs of different documents of one gold event that make the same statement. */
function goldPairs(documents: readonly EcbCorefDocument[]): { statements: number; all: number } {
  let statements = 0;
  let all = 0;
  for (const [a, b] of eventSentencePairs(documents, (sentence) => sentence.annotated)) {
    all++;
    if (sameStatement(a, b)) statements++;
  }
  return { statements, all };
}

function row(system: string, counts: Judged, gold: number, note?: string): EvalRow {
  const precision = counts.judged === 0 ? 0 : counts.sameStatement / counts.judged;
  const recall = gold === 0 ? 0 : counts.sameStatement / gold;
  return {
    system,
    origin: "computed",
    scores: {
      "pairs judged": counts.judged,
      "P same event": counts.judged === 0 ? 0 : counts.sameEvent / counts.judged,
      "P same statement": precision,
      "R same statement": recall,
      F1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      "pairs unjudged": counts.unjudged,
    },
    ...(note === undefined ? {} : { note }),
  };
}

/** Another article of a fact's story, beside the fact's representative sentence. */
interface Outlet {
  document: EcbCorefDocument;
  /** Counted among the fact's outlets… */
  counted: boolean;
  /** …with this sentence (null when not counted, or not found back). */
  sentence: EcbSentence | null;
  /** One of its annotated sentences makes the representative's statement. */
  supports: boolean;
}

interface ReadFacts {
  /** Each fact's sentences taken two by two. */
  pairs: [EcbSentence, EcbSentence][];
  facts: number;
  /** Fact sentences not found back in their document. */
  unplaced: number;
  /** Each fact whose representative sentence is annotated, with every other article of its story. */
  outlets: { representative: EcbSentence; others: Outlet[] }[];
}

/** What recoupe's facts put together, read against the gold. */
function readFacts(
  stories: readonly Story[],
  sentenceOf: (articleId: ArticleId, start: number, end: number) => EcbSentence | null,
  documentOf: (articleId: ArticleId) => EcbCorefDocument,
): ReadFacts {
  const read: ReadFacts = { pairs: [], facts: 0, unplaced: 0, outlets: [] };
  for (const story of stories)
    for (const fact of story.facts) {
      read.facts++;
      const members = new Map(fact.evidence.map((e) => [e.articleId, sentenceOf(e.articleId, e.start, e.end)]));
      const placed = [...members.values()].filter((m): m is EcbSentence => m !== null);
      read.unplaced += members.size - placed.length;
      for (let i = 0; i < placed.length; i++)
        for (let j = i + 1; j < placed.length; j++) read.pairs.push([placed[i]!, placed[j]!]);
      const first = fact.evidence[0]!.articleId;
      const representative = members.get(first);
      if (representative === null || representative === undefined || !representative.annotated) continue;
      const others = story.articleIds
        .filter((articleId) => articleId !== first)
        .map((articleId): Outlet => {
          const document = documentOf(articleId);
          return {
            document,
            counted: members.has(articleId),
            sentence: members.get(articleId) ?? null,
            supports: document.sentences.some((s) => s.annotated && sameStatement(representative, s)),
          };
        });
      read.outlets.push({ representative, others });
    }
  return read;
}

/**
 * How right the outlets counted behind each fact are: of those whose sentence is annotated, the share making
 * the representative's statement (P); of the story's articles with an annotated sentence making it, the share
 * counted (R).
 */
function outletScores(read: ReadFacts): { "outlets P": number; "outlets R": number } {
  let judged = 0;
  let right = 0;
  let supporters = 0;
  let found = 0;
  for (const { representative, others } of read.outlets)
    for (const other of others) {
      if (other.counted && other.sentence?.annotated) {
        judged++;
        if (sameStatement(representative, other.sentence)) right++;
      }
      if (other.supports) {
        supporters++;
        if (other.counted) found++;
      }
    }
  return { "outlets P": judged === 0 ? 0 : right / judged, "outlets R": supporters === 0 ? 0 : found / supporters };
}

function factRow(system: string, read: ReadFacts, gold: number): EvalRow {
  const scored = row(system, judge(read.pairs), gold, `${read.facts} facts`);
  Object.assign(scored.scores, outletScores(read));
  return scored;
}

type Vectors = ReadonlyMap<EcbSentence, WordVector>;

/** Sentence pairs of different documents of one gold event whose TF-IDF cosine reaches `threshold`. */
function lexicalPairs(
  documents: readonly EcbCorefDocument[],
  vectors: Vectors,
  threshold: number,
): [EcbSentence, EcbSentence][] {
  return [...eventSentencePairs(documents)].filter(([a, b]) => cosine(vectors.get(a)!, vectors.get(b)!) >= threshold);
}

/**
 * recoupe's facts with their outlets counted another way: every other article of the story whose closest
 * sentence to the fact's representative reaches `threshold` in TF-IDF cosine.
 */
function lexicalOutlets(facts: ReadFacts, vectors: Vectors, threshold: number): ReadFacts {
  const counted: ReadFacts["outlets"] = facts.outlets.map(({ representative, others }) => ({
    representative,
    others: others.map((other) => {
      let best: EcbSentence | null = null;
      let bestScore = threshold;
      for (const sentence of other.document.sentences) {
        const score = cosine(vectors.get(representative)!, vectors.get(sentence)!);
        if (score >= bestScore) [best, bestScore] = [sentence, score];
      }
      return { ...other, counted: best !== null, sentence: best };
    }),
  }));
  return { ...facts, pairs: [], outlets: counted };
}

export const task: EvalTask = {
  name: "facts",
  description:
    "Facts: do the sentences recoupe aligns across articles tell the same event? (ECB+ cross-document coreference)",
  async run(context: EvalContext): Promise<EvalResult> {
    const documents = loadEcbPlusCoreference(context.dataDir, context.cacheDir);
    context.log(`${documents.length} ECB+ documents`);
    const raws: RawArticle[] = documents.map((d) => ({
      path: `ecbplus/${d.id}`,
      format: "text",
      title: "",
      text: d.text,
    }));
    const { docs } = prepareBatch(raws);
    const duplicates = linkDuplicates(docs);
    const documentOf = new Map(
      docs.map((doc) => [doc.article.id, documents[raws.findIndex((r) => r.path === doc.article.path)]!]),
    );
    const textOf = new Map(docs.map((doc) => [doc.article.id, doc.article.text]));
    // Cleaning keeps each line but curls its quotation marks: a fact's sentence is found back in the document's
    // lines by its first line, quotation marks made straight on both sides.
    const straight = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
    const sentenceOf = (articleId: ArticleId, start: number, end: number): EcbSentence | null => {
      const document = documentOf.get(articleId);
      const quoted = straight(textOf.get(articleId)?.slice(start, end).trim().split("\n")[0] ?? "");
      if (document === undefined || quoted === "") return null;
      return document.sentences.find((s) => straight(s.text).includes(quoted)) ?? null;
    };
    const gold = goldPairs(documents);
    const vectors = wordTfidf(documents.flatMap((document) => document.sentences));
    const found = buildStories(groupIntoStories(docs), docs, duplicates);
    const events = groupBy(docs, (doc) => documentOf.get(doc.article.id)!.eventId);
    const given = buildStories(
      events.map((members) => members.map((doc) => doc.article.id)),
      docs,
      duplicates,
    );
    const documentFor = (articleId: ArticleId) => documentOf.get(articleId)!;
    const pipeline = readFacts(found, sentenceOf, documentFor);
    const told = readFacts(given, sentenceOf, documentFor);
    const prior: Judged = { judged: gold.all, sameEvent: 0, sameStatement: gold.statements, unjudged: 0 };
    const priorRow = row("baseline: every pair of the gold event", prior, gold.statements);
    delete priorRow.scores["P same event"];
    const rows: EvalRow[] = [
      factRow("recoupe: facts of its own stories", pipeline, gold.statements),
      factRow("recoupe: facts, the gold events given as stories", told, gold.statements),
      priorRow,
      ...[0.5, 0.3].map((threshold) => {
        const baseline = row(
          `baseline: TF-IDF cosine ≥ ${threshold}, within the gold event`,
          judge(lexicalPairs(documents, vectors, threshold)),
          gold.statements,
        );
        Object.assign(baseline.scores, outletScores(lexicalOutlets(told, vectors, threshold)));
        return baseline;
      }),
    ];
    return {
      task: "facts",
      tables: [
        {
          dataset: `ECB+ (${documents.length} English articles, ${gold.statements} gold statement pairs)`,
          setting: "fact sentence pairs",
          rows,
        },
      ],
      seconds: 0,
      notes: [
        "No published figure: ECB+ papers score mention-level event coreference (CoNLL F1), not sentence alignment.",
        `Fact sentences not found back in their document: ${pipeline.unplaced} (own stories), ${told.unplaced} (gold stories).`,
      ],
    };
  },
};
