import type { AnalyzedArticle } from "../../../domain/document.js";
import type { ArticleId } from "../../../domain/ids.js";
import type { Entity, EntityMention } from "../../../domain/story.js";
import { isGazetteerSpelling } from "./gazetteer.js";
import { type RecognizedMention, recognizeMentions } from "./recognize-mentions.js";

/** Evidence spans kept per article and entity. */
const EVIDENCE_PER_ARTICLE = 3;

function countWords(name: string): number {
  return name.split(/[\s-]+/).length;
}

/**
 * The most complete frequent form: for a person, the most frequent form with the most words among those seen
 * more than once (or at all); for places and organisations, the most frequent form of those spelt as listed, if
 * any. Honorifics never count.
 */
function chooseName(mentions: readonly RecognizedMention[], type: Entity["type"]): string {
  // Most entities are written one way only.
  const only = mentions[0]!.name;
  if (mentions.every((mention) => mention.name === only)) return only;
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
  const forms = [...counts.entries()];
  const words = new Map(forms.map(([form]) => [form, countWords(form)]));
  const order = (a: [string, number], b: [string, number]): number =>
    b[1] - a[1] || words.get(b[0])! - words.get(a[0])! || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1);
  // A place's or an organisation's listed spelling goes first: "Le Caire", though "au Caire" writes "Caire" more.
  if (type !== "person") {
    const listed = forms.filter(([form]) => isGazetteerSpelling(form));
    return (listed.length > 0 ? listed : forms).sort(order)[0]![0];
  }
  const repeated = forms.filter(([, count]) => count > 1);
  const pool = repeated.some(([form]) => words.get(form)! > 1) ? repeated : forms;
  const most = Math.max(...pool.map(([form]) => words.get(form)!));
  return pool.filter(([form]) => words.get(form) === most).sort(order)[0]![0];
}

/**
 * The people, places and organisations a story's articles name, each once with every form it is written in
 * ("Sergueï Lavrov": "Lavrov", "M. Lavrov", "Sergei Lavrov"), where it is mentioned, and in which articles.
 * Sorted by salience: articles naming it × mentions. Lone unclassified words seen once are left out.
 */
export function extractEntities(docs: AnalyzedArticle[]): Entity[] {
  // Mentions by group (groups are numbered from 0), groups in order of first mention.
  const groups: RecognizedMention[][] = [];
  const order: number[] = [];
  for (const mention of recognizeMentions(docs)) {
    const list = groups[mention.group];
    if (list !== undefined) list.push(mention);
    else {
      groups[mention.group] = [mention];
      order.push(mention.group);
    }
  }
  const entities: Entity[] = [];
  for (const group of order) {
    const mentions = groups[group]!;
    const type = mentions[0]!.type;
    if (!mentions.some((mention) => mention.confirmed)) continue;
    if (type === "other" && mentions.length < 2) continue;
    const evidence: EntityMention[] = [];
    // Articles in order of first mention, with the evidence kept in each.
    const perArticle = new Map<ArticleId, number>();
    for (const mention of mentions) {
      const kept = perArticle.get(mention.articleId) ?? 0;
      if (kept < EVIDENCE_PER_ARTICLE) {
        evidence.push({ articleId: mention.articleId, start: mention.start, end: mention.end, text: mention.text });
        perArticle.set(mention.articleId, kept + 1);
      }
    }
    const articleIds = [...perArticle.keys()];
    const name = chooseName(mentions, type);
    const variants = [name];
    const seen = new Set(variants);
    for (const mention of mentions) {
      if (seen.has(mention.text)) continue;
      seen.add(mention.text);
      variants.push(mention.text);
    }
    entities.push({ name, type, variants, articleIds, mentions: mentions.length, evidence });
  }
  const salience = (entity: Entity): number => entity.articleIds.length * entity.mentions;
  return entities.sort(
    (a, b) => salience(b) - salience(a) || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}
