import type { AnalyzedArticle } from "../../../domain/document.js";
import type { ArticleId } from "../../../domain/ids.js";
import type { Evidence } from "../../../domain/span.js";
import { statementSpans } from "../../../domain/statement-spans.js";
import type { TimelineEvent } from "../../../domain/story.js";
import { cosine, DocumentFrequencies, type TermVector, termCounts, weightVector } from "../../../similarity/index.js";
import type { DateMention, DateReference } from "./date-mention.js";
import { extractDates } from "./extract-dates.js";
import { tokensBySentence } from "./tokens-by-sentence.js";

/** Two sentences naming the same date tell of the same event at or above this cosine. */
const SAME_EVENT = 0.12;

interface Member {
  mention: DateMention;
  vector: TermVector;
  sentenceStart: number;
  sentenceEnd: number;
  /** The statements (indexes into `extractTimeline`'s `statements`) its sentence belongs to. */
  statements: readonly number[];
}

/** `mentions` by article, in the order given; undefined when none were given. */
function mentionsByArticle(mentions: readonly DateMention[] | undefined): Map<ArticleId, DateMention[]> | undefined {
  if (mentions === undefined) return undefined;
  const byArticle = new Map<ArticleId, DateMention[]>();
  for (const mention of mentions) {
    const list = byArticle.get(mention.articleId);
    if (list === undefined) byArticle.set(mention.articleId, [mention]);
    else list.push(mention);
  }
  return byArticle;
}

/**
 * The story's timeline: every dated sentence of `docs`, dates resolved against each article's reference
 * (`references`, else its own `publishedAt`), merged across articles into one event per date and
 * similar sentences (TF-IDF cosine of the sentences, single link), or sentences of one statement
 * (`statements`: groups of sentences, as evidence spans, known to say the same thing whatever their
 * words, as the story's facts align them across languages, where the words of a German and a Spanish
 * sentence cannot tell). The representative is the sentence of the first article in `docs` order;
 * `inferred` only when every mention of the event is inferred. Sorted by date, then by the number of
 * articles. `mentions`: the date mentions of `docs` when the caller already has them (`extractDates` of
 * each doc with its reference), else they are extracted.
 */
export function extractTimeline(
  docs: readonly AnalyzedArticle[],
  references: ReadonlyMap<ArticleId, DateReference> = new Map(),
  mentions?: readonly DateMention[],
  statements: readonly (readonly Evidence[])[] = [],
): TimelineEvent[] {
  const mentionsOf = mentionsByArticle(mentions);
  const spans = statementSpans(statements);
  const frequencies = new DocumentFrequencies();
  // Term counts of every sentence of every article, counted once: they give the frequencies, then
  // the vectors of the dated sentences.
  const counts = docs.map((doc) => tokensBySentence(doc.segmented).map((tokens) => termCounts(tokens)));
  for (const sentences of counts) for (const sentence of sentences) frequencies.add(sentence.keys());
  const idf = (term: string): number => frequencies.idf(term);
  const groups = new Map<string, Member[][]>();
  docs.forEach((doc, position) => {
    const reference = references.get(doc.article.id) ?? {
      date: doc.article.publishedAt,
      inferred: doc.article.publishedAtInferred,
    };
    const vectors = new Map<number, TermVector>();
    const mentions = mentionsOf === undefined ? extractDates(doc, reference) : (mentionsOf.get(doc.article.id) ?? []);
    for (const mention of mentions) {
      const sentence = doc.segmented.sentences[mention.sentence];
      if (sentence === undefined) continue;
      let vector = vectors.get(mention.sentence);
      if (vector === undefined) {
        vector = weightVector(counts[position]![mention.sentence]!, idf);
        vectors.set(mention.sentence, vector);
      }
      const member: Member = {
        mention,
        vector,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        statements: spans.within(doc.article.id, sentence.start, sentence.end),
      };
      const key = `${mention.date}|${mention.precision}`;
      const events = groups.get(key) ?? [];
      groups.set(key, events);
      const matching = events.filter((event) => event.some((other) => sameEvent(other, member)));
      if (matching.length === 0) {
        events.push([member]);
        continue;
      }
      const [first, ...rest] = matching;
      first!.push(member, ...rest.flat());
      for (const merged of rest) events.splice(events.indexOf(merged), 1);
    }
  });
  const textOf = new Map(docs.map((doc) => [doc.article.id, doc.article.text]));
  const timeline: TimelineEvent[] = [];
  for (const events of groups.values()) {
    for (const members of events) timeline.push(toEvent(members, textOf));
  }
  return timeline.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : b.articleIds.length - a.articleIds.length,
  );
}

function sameEvent(a: Member, b: Member): boolean {
  if (a.mention.articleId === b.mention.articleId && a.mention.sentence === b.mention.sentence) return true;
  if (a.statements.some((statement) => b.statements.includes(statement))) return true;
  return cosine(a.vector, b.vector) >= SAME_EVENT;
}

function toEvent(members: Member[], textOf: Map<ArticleId, string>): TimelineEvent {
  const first = members[0]!;
  const text = textOf.get(first.mention.articleId) ?? "";
  const articleIds = [...new Set(members.map((member) => member.mention.articleId))];
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const member of members) {
    const key = `${member.mention.articleId}:${member.sentenceStart}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push({ articleId: member.mention.articleId, start: member.sentenceStart, end: member.sentenceEnd });
  }
  return {
    date: first.mention.date,
    precision: first.mention.precision,
    text: text.slice(first.sentenceStart, first.sentenceEnd),
    expression: first.mention.expression,
    inferred: members.every((member) => member.mention.inferred),
    articleIds,
    evidence,
  };
}
