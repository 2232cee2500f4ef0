import type { AnalyzedArticle } from "../../domain/document.js";
import type { ArticleId } from "../../domain/ids.js";
import type { Discrepancy } from "../../domain/story.js";
import type { Token } from "../../domain/text.js";
import type { SupportedLanguage } from "../../language-data/languages.js";
import { NAME_PARTICLES, PART_OF_PLACE_NOUNS, VENUE_NOUNS } from "../../language-data/venue-nouns.js";
import { foldAccents } from "../segment/index.js";
import type { CorroborateOptions } from "./corroboration-input.js";
import { describeDiscrepancy } from "./describe-discrepancy.js";
import { type IndexedSentence, type StorySentences, similarity } from "./sentence-index.js";

/** Venue sentences at or above this context cosine are about the same event. */
const SAME_EVENT = 0.1;

interface VenueMention {
  articleId: ArticleId;
  start: number;
  end: number;
  text: string;
  /** Folded name without the venue noun's case: "hotel president wilson". */
  key: string;
  sentence: IndexedSentence;
}

/**
 * Different venues given for the same event, across articles or within one: a venue noun followed by a
 * proper name ("l'hôtel Président Wilson", "au Palais de Genève") in sentences whose contexts are similar.
 * Only in a story of several articles: a lone article naming two places is telling of two places (Balmoral,
 * then Buckingham), and the dossier has nothing to weigh it against.
 */
export function findVenueDiscrepancies(
  docs: readonly AnalyzedArticle[],
  sentences: StorySentences,
  byId: ReadonlyMap<ArticleId, AnalyzedArticle>,
  entities: CorroborateOptions["entities"] = [],
): Discrepancy[] {
  if (docs.length < 2) return [];
  const people = personNames(entities);
  // "La Casa Blanca consideró…": an institution named after its seat speaks as one, it names no venue.
  const institutions = new Set(
    (entities ?? [])
      .filter((entity) => entity.type === "organization")
      .flatMap((entity) => entity.variants.map(venueKey)),
  );
  const named = namedAfter(entities);
  const mentions = docs
    .flatMap((doc) => venueMentions(doc, sentences, people))
    .filter((mention) => !institutions.has(mention.key))
    .map((mention) => ({ ...mention, key: named(mention.key) }));
  const parent = mentions.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // Every discrepancy gives two venues: a story naming one venue (or none) has none.
  if (new Set(mentions.map((mention) => mention.key)).size < 2) return [];
  // The links, not their order, make the groups: a pair already in one group needs no comparing.
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const [a, b] = [mentions[i]!, mentions[j]!];
      if (find(i) === find(j)) continue;
      if (a.key === b.key || similarity(a.sentence.context, b.sentence.context) >= SAME_EVENT)
        parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, VenueMention[]>();
  mentions.forEach((mention, index) => {
    const group = groups.get(find(index));
    if (group === undefined) groups.set(find(index), [mention]);
    else group.push(mention);
  });
  const discrepancies: Discrepancy[] = [];
  for (const group of groups.values()) {
    const byKey = new Map<string, VenueMention[]>();
    for (const mention of group) byKey.set(mention.key, [...(byKey.get(mention.key) ?? []), mention]);
    // One name inside another ("Palais" / "Palais des Nations") is the same place.
    const named = [...byKey.keys()].filter((key, _, all) => !all.some((other) => other !== key && other.includes(key)));
    // A venue is another's rival only where a sentence naming it reads like one naming the other: one naming the
    // same venue as a third can chain two events (the palace bombed, then the White House speaking of it).
    const mentionsOf = new Map(named.map((key) => [key, group.filter((m) => key.includes(m.key))]));
    const near = (a: string, b: string): boolean =>
      mentionsOf
        .get(a)!
        .some((x) => mentionsOf.get(b)!.some((y) => similarity(x.sentence.context, y.sentence.context) >= SAME_EVENT));
    const keys = named.filter((key) => named.some((other) => other !== key && near(key, other)));
    if (keys.length < 2) continue;
    const anchors = keys.flatMap((key, side) =>
      mentionsOf.get(key)!.map((m) => ({ articleId: m.articleId, start: m.start, end: m.end, side })),
    );
    discrepancies.push({
      about: describeDiscrepancy("place", anchors, byId),
      kind: "place",
      values: keys.map((key) => {
        const members = [...byKey.entries()].filter(([other]) => key.includes(other)).flatMap(([, list]) => list);
        return {
          value: members[0]!.text,
          normalized: key,
          articleIds: [...new Set(members.map((m) => m.articleId))],
          evidence: members.map((m) => ({ articleId: m.articleId, start: m.start, end: m.end })),
        };
      }),
    });
  }
  return discrepancies;
}

/** A word's length and first character, as one number: most words match no venue noun's, and are passed over. */
const shapeOf = (word: string): number => word.length * 0x10000 + word.charCodeAt(0);

const venueNounsByLanguage = new Map<string, { words: ReadonlySet<string>; shapes: ReadonlySet<number> }>();

/** The language's venue nouns, as a set, with their shapes. */
function venueNouns(language: string): { words: ReadonlySet<string>; shapes: ReadonlySet<number> } {
  let nouns = venueNounsByLanguage.get(language);
  if (nouns === undefined) {
    const words = VENUE_NOUNS[language as SupportedLanguage] ?? [];
    nouns = { words: new Set(words), shapes: new Set(words.map(shapeOf)) };
    venueNounsByLanguage.set(language, nouns);
  }
  return nouns;
}

const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);
const PART_OF_PLACE: ReadonlySet<string> = new Set(PART_OF_PLACE_NOUNS);

/** The story's people's names of two words or more ("Joe Biden"), by their folded first word. */
function personNames(entities: CorroborateOptions["entities"]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const entity of entities ?? []) {
    if (entity.type !== "person") continue;
    for (const variant of entity.variants) {
      const first = /^(\S+)\s+\S/u.exec(variant)?.[1];
      if (first !== undefined) names.set(first.toLowerCase(), [...(names.get(first.toLowerCase()) ?? []), variant]);
    }
  }
  return names;
}

/**
 * A venue's key with the person or place it is named after written as the story's name for them: "palacio de
 * Gadafi" and "palacio de Muamar el Gadafi" are one place (whatever type the entity stage gave the name).
 */
function namedAfter(entities: CorroborateOptions["entities"]): (key: string) => string {
  const names = new Map<string, string>();
  for (const entity of entities ?? [])
    for (const variant of entity.variants) names.set(venueKey(variant), venueKey(entity.name));
  return (key) => {
    const words = key.split(" ");
    for (let from = 1; from < words.length; from++) {
      const name = names.get(words.slice(from).join(" "));
      if (name !== undefined) return [...words.slice(0, from), name].join(" ");
    }
    return key;
  };
}

/** A venue's name as compared: folded, its spaces one ("hotel president wilson"). */
const venueKey = (name: string): string => foldAccents(name.toLowerCase()).replace(/\s+/g, " ");

/** Only spaces, an apostrophe or a hyphen between two words of a name: punctuation or a line ends it. */
function joined(text: string, before: Token, after: Token): boolean {
  return /^[ \u00a0'’-]*$/u.test(text.slice(before.end, after.start));
}

function venueMentions(
  doc: AnalyzedArticle,
  sentences: StorySentences,
  people: ReadonlyMap<string, readonly string[]>,
): VenueMention[] {
  const nouns = venueNouns(doc.segmented.language);
  const particles = PARTICLES;
  const tokens = doc.segmented.tokens;
  const text = doc.article.text;
  const found: VenueMention[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const normal = tokens[index]!.normal;
    if (!nouns.shapes.has(shapeOf(normal)) || !nouns.words.has(normal)) continue;
    let last = index;
    let cursor = index + 1;
    while (
      cursor < tokens.length &&
      tokens[cursor]!.sentence === tokens[index]!.sentence &&
      joined(text, tokens[cursor - 1]!, tokens[cursor]!)
    ) {
      const token = tokens[cursor]!;
      if (token.capitalized && /^\p{L}/u.test(token.text)) {
        // "la Maison Blanche Joe Biden": a person's full name after the venue's is no part of it.
        if (last > index && people.get(token.normal)?.some((name) => text.startsWith(name, token.start))) break;
        last = cursor;
      } else if (!(particles.has(token.normal) && tokens[cursor + 1]?.capitalized === true)) break;
      // "centre de Marseille" is the middle of Marseille.
      else if (cursor === index + 1 && PART_OF_PLACE.has(normal)) break;
      cursor++;
    }
    if (last === index) continue;
    const sentence = sentences.of(doc.article.id)[tokens[index]!.sentence];
    if (sentence === undefined) continue;
    const start = tokens[index]!.start;
    const end = tokens[last]!.end;
    const name = text.slice(start, end);
    found.push({
      articleId: doc.article.id,
      start,
      end,
      text: name,
      key: venueKey(name),
      sentence,
    });
    index = last;
  }
  return found;
}
