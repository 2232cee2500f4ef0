import type { Entity } from "../../../domain/story.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { GENDER_CUES, GENDERED_DETERMINERS, PRONOUN_GENDERS } from "../../../language-data/pronouns.js";
import { foldAccents } from "../../segment/index.js";
import type { SpeakerMention } from "./find-speaker-mentions.js";

export type Gender = "feminine" | "masculine";

const feminineCues = new Set(GENDER_CUES.feminine.map(foldAccents));
const masculineCues = new Set(GENDER_CUES.masculine.map(foldAccents));

function cueGender(word: string): Gender | null {
  const folded = foldAccents(word.toLowerCase().replace(/\.$/, ""));
  if (feminineCues.has(folded)) return "feminine";
  if (masculineCues.has(folded)) return "masculine";
  return null;
}

/** The gender the first of a name's words that tells one tells ("Queen Elizabeth"), remembered per name. */
const nameGenders = new Map<string, Gender | null>();

function nameGender(name: string): Gender | null {
  let gender = nameGenders.get(name);
  if (gender === undefined) {
    gender =
      name
        .toLowerCase()
        .split(/[\s'’]+/)
        .map(cueGender)
        .find((cue) => cue !== null) ?? null;
    if (nameGenders.size >= 50_000) nameGenders.clear();
    nameGenders.set(name, gender);
  }
  return gender;
}

/** The word (letters and periods) right before an offset, spaces between: "Mrs." in "Mrs. Clinton". */
const WORD_BEFORE = /([\p{L}.]+)[\s\u00a0]+$/u;

/** The gender a mention states by itself: a pronoun, a gendered determiner or role word, a title before a name. */
export function statedGender(text: string, mention: SpeakerMention, language: string): Gender | null {
  const lang = language as SupportedLanguage;
  if (mention.kind === "pronoun") {
    const first = mention.text.toLowerCase().split(/[\s'’]+/)[0]!;
    const genders = PRONOUN_GENDERS[lang];
    if (genders?.feminine.includes(first)) return "feminine";
    if (genders?.masculine.includes(first)) return "masculine";
    return null;
  }
  const determiners = GENDERED_DETERMINERS[lang];
  if (mention.kind === "role" || mention.kind === "demonstrative" || mention.kind === "phrase") {
    const words = mention.text.toLowerCase().split(/[\s'’]+/);
    if (determiners?.feminine.includes(words[0]!)) return "feminine";
    if (determiners?.masculine.includes(words[0]!)) return "masculine";
    for (const word of words) {
      const gender = cueGender(word);
      if (gender !== null) return gender;
    }
  }
  // "Mrs. Clinton", "Mme Merkel", "Mr. Trump": the title right before the name (spaces at least between them).
  if (mention.start > 0 && /[\s\u00a0]/.test(text[mention.start - 1]!)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, mention.start - 20), mention.start));
    const titled = before === null ? null : cueGender(before[1]!);
    if (titled !== null) return titled;
  }
  return mention.kind === "name" || mention.kind === "phrase" ? nameGender(mention.text) : null;
}

/**
 * The gender of an entity of one article, from its mentions that state one (none when they disagree). Worked
 * out per entity when asked: only pronouns ask, and of few entities.
 */
export function entityGenders(
  text: string,
  mentions: readonly SpeakerMention[],
  language: string,
): (entity: Entity) => Gender | undefined {
  let byEntity: Map<Entity, SpeakerMention[]> | undefined;
  const genders = new Map<Entity, Gender | undefined>();
  return (entity) => {
    if (genders.has(entity)) return genders.get(entity);
    if (byEntity === undefined) {
      byEntity = new Map();
      for (const mention of mentions) {
        if (mention.entity === null || mention.kind === "pronoun") continue;
        const list = byEntity.get(mention.entity);
        if (list === undefined) byEntity.set(mention.entity, [mention]);
        else list.push(mention);
      }
    }
    let known: Gender | null | undefined;
    for (const mention of byEntity.get(entity) ?? []) {
      const gender = statedGender(text, mention, language);
      if (gender === null) continue;
      known = known === undefined || known === gender ? gender : null;
    }
    const gender = known ?? undefined;
    genders.set(entity, gender);
    return gender;
  };
}
