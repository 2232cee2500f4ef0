import type { Entity } from "../../../domain/story.js";
import type { Token } from "../../../domain/text.js";
import type { SupportedLanguage } from "../../../language-data/languages.js";
import { LAST_NAMED_DEMONSTRATIVES, PERSON_PRONOUNS, ROLE_DETERMINERS } from "../../../language-data/pronouns.js";
import { foldAccents } from "../../segment/index.js";
import { findRoles, type RoleMatch } from "../entities/index.js";
import { findNames } from "./find-names.js";

/** Something in a text that can be the speaker of a quote. */
export interface SpeakerMention {
  kind: "name" | "role" | "pronoun" | "demonstrative" | "phrase";
  start: number;
  end: number;
  text: string;
  /** The entity named, for names (and roles written with a name: "le ministre russe, Sergueï Lavrov"). */
  entity: Entity | null;
  role: RoleMatch | null;
}

function phraseSet(phrases: readonly string[]): string[][] {
  return phrases.map((phrase) =>
    foldAccents(phrase)
      .split(/[\s'’-]+/)
      .filter((word) => word.length > 0),
  );
}

/**
 * Names, roles ("le ministre russe"), subject pronouns ("il", "she") and demonstratives ("Ce dernier") of one
 * article, in text order. A role followed by a name ("le chef de la diplomatie russe, Sergueï Lavrov") gives
 * that name's entity.
 */
export function findSpeakerMentions(
  text: string,
  tokens: readonly Token[],
  language: string,
  entities: readonly Entity[],
): SpeakerMention[] {
  const names: SpeakerMention[] = findNames(text, entities).map((name) => ({ kind: "name", ...name, role: null }));
  const mentions: SpeakerMention[] = [...names];
  const lang = language as SupportedLanguage;
  const determiners = new Set((ROLE_DETERMINERS[lang] ?? []).map(foldAccents));
  for (const role of findRoles(tokens, language)) {
    let first = role.first;
    if (first > 0 && determiners.has(foldAccents(tokens[first - 1]!.normal))) first--;
    const start = tokens[first]!.start;
    const end = tokens[role.last]!.end;
    if (names.some((name) => name.start < end && start < name.end)) continue;
    // "le ministre russe Sergueï Lavrov", "le secrétaire général de l'alliance militaire, Jens Stoltenberg,".
    const next = names.find(
      (name) =>
        name.start >= end &&
        name.start - end <= 60 &&
        /^(?:[\s,\u00a0]{0,3}|[^.;:!?«»“”()]*,\s*)$/u.test(text.slice(end, name.start)),
    );
    const previous = names.find(
      (name) => name.end <= start && /^[\s,\u00a0]{1,3}(?:\p{Ll}+\s)?$/u.test(text.slice(name.end, start)),
    );
    const named = next ?? (previous !== undefined && /,/.test(text.slice(previous.end, start)) ? previous : undefined);
    mentions.push({ kind: "role", start, end, text: text.slice(start, end), entity: named?.entity ?? null, role });
  }
  const pronouns = new Set((PERSON_PRONOUNS[lang] ?? []).map(foldAccents));
  const demonstratives = phraseSet(LAST_NAMED_DEMONSTRATIVES[lang] ?? []);
  tokens.forEach((token, index) => {
    const folded = foldAccents(token.normal);
    for (const words of demonstratives) {
      if (
        words.every(
          (word, offset) =>
            tokens[index + offset] !== undefined && foldAccents(tokens[index + offset]!.normal) === word,
        )
      ) {
        const end = tokens[index + words.length - 1]!.end;
        mentions.push({
          kind: "demonstrative",
          start: token.start,
          end,
          text: text.slice(token.start, end),
          entity: null,
          role: null,
        });
        return;
      }
    }
    if (pronouns.has(folded))
      mentions.push({
        kind: "pronoun",
        start: token.start,
        end: token.end,
        text: token.text,
        entity: null,
        role: null,
      });
  });
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}
