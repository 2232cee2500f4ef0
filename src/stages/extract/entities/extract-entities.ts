import type { AnalyzedArticle } from "../../../domain/document.js";
import type { ArticleId } from "../../../domain/ids.js";
import type { Entity, EntityMention, EntityRole } from "../../../domain/story.js";
import { chooseName } from "./choose-name.js";
import { type RecognizedMention, recognizeMentions } from "./recognize-mentions.js";

/** Evidence spans kept per article and entity. */
const EVIDENCE_PER_ARTICLE = 3;

export interface EntityOptions {
  /**
   * The language the dossier is read in (its title's): a name written in several languages is given in this
   * one ("Geneva", not "Ginebra", in a story titled in English), when its articles write it so.
   */
  language?: string | null;
}

/** Functions kept per person: past a few, they are the same functions written other ways. */
const ROLES_PER_PERSON = 4;

/**
 * The functions written next to a person's mentions, one per function (`RoleSpan.key`: "ministre russe" and
 * "ministre russe des Affaires étrangères" are one), as the first article that writes it so words it; those given by
 * most articles first, then those written in the dossier's language (`inLanguage`: a reader of an English dossier
 * gets "Secretary of State" before "Secretarul de stat"), then the first written.
 */
function rolesOf(
  mentions: readonly RecognizedMention[],
  docs: readonly AnalyzedArticle[],
  inLanguage: (articleId: ArticleId) => boolean,
): EntityRole[] {
  const byKey = new Map<string, EntityRole>();
  for (const mention of mentions) {
    const span = mention.roleSpan;
    if (span === null) continue;
    const evidence = {
      articleId: mention.articleId,
      start: span.start,
      end: span.end,
      text: docs[mention.document]!.segmented.text.slice(span.start, span.end),
    };
    const role = byKey.get(span.key);
    if (role === undefined)
      byKey.set(span.key, { text: evidence.text, articleIds: [mention.articleId], evidence: [evidence] });
    else if (!role.articleIds.includes(mention.articleId)) {
      role.articleIds.push(mention.articleId);
      role.evidence.push(evidence);
    }
  }
  return [...byKey.values()]
    .map((role, order) => ({ role, order }))
    .sort(
      (a, b) =>
        b.role.articleIds.length - a.role.articleIds.length ||
        Number(b.role.articleIds.some(inLanguage)) - Number(a.role.articleIds.some(inLanguage)) ||
        a.order - b.order,
    )
    .slice(0, ROLES_PER_PERSON)
    .map(({ role }) => role);
}

/**
 * The people, places and organisations a story's articles name, each once with every form it is written in
 * ("Sergueï Lavrov": "Lavrov", "M. Lavrov", "Sergei Lavrov"), where it is mentioned, and in which articles.
 * Sorted by salience: articles naming it × mentions. Lone unclassified words seen once are left out. Each is
 * named in `options.language` when its articles in that language name it (see `EntityOptions`).
 */
export function extractEntities(docs: AnalyzedArticle[], options: EntityOptions = {}): Entity[] {
  const ownLanguage = new Set(
    docs.filter((doc) => doc.article.language === options.language).map((doc) => doc.article.id),
  );
  const inLanguage = (mention: RecognizedMention): boolean => ownLanguage.has(mention.articleId);
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
    const name = chooseName(mentions, type, inLanguage);
    const variants = [name];
    const seen = new Set(variants);
    for (const mention of mentions) {
      if (seen.has(mention.text)) continue;
      seen.add(mention.text);
      variants.push(mention.text);
    }
    const roles = type === "person" ? rolesOf(mentions, docs, (articleId) => ownLanguage.has(articleId)) : [];
    entities.push({ name, type, variants, articleIds, mentions: mentions.length, evidence, roles });
  }
  const salience = (entity: Entity): number => entity.articleIds.length * entity.mentions;
  return entities.sort(
    (a, b) => salience(b) - salience(a) || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}
