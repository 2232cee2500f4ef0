import type { Entity } from "../domain/story.js";
import { ROLE_TITLE_WORDS } from "../language-data/role-title-words.js";
import { TITLE_ABBREVIATIONS } from "../language-data/title-abbreviations.js";
import { PERSON_TITLES } from "../language-data/titles.js";
import { foldAccents } from "../stages/segment/index.js";

/** A word folded for the lists below: lower case, no accents, no period after it ("Général" → "general", "M." → "m"). */
const folded = (word: string): string => foldAccents(word).replace(/\.$/, "");

/** Honorifics and the words of functions, in every language read, folded. */
const TITLE_WORDS = new Set([
  ...TITLE_ABBREVIATIONS,
  ...Object.values(PERSON_TITLES).flat().map(folded),
  ...Object.values(ROLE_TITLE_WORDS).flat(),
]);

/** Words that link a function's words ("Secretary of State", "secrétaire d'État"): part of it only between two. */
const LINKS = new Set(["of", "the", "de", "du", "des", "d", "di", "del", "della", "da", "do", "dos", "al"]);

/** A word of a function or an honorific, an elided article before it aside ("d'État"). */
function isTitleWord(word: string): boolean {
  const bare = folded(word).replace(/^[dl]['’]/, "");
  return bare !== "" && TITLE_WORDS.has(bare);
}

/**
 * A person's name as written without the honorific or function before it ("M. Lavrov" → "Lavrov", "Foreign Minister
 * Sergei Lavrov" → "Sergei Lavrov", "Secretary of State Antony Blinken" → "Antony Blinken"; "Général de Gaulle" →
 * "de Gaulle": a link word goes only before another word of the function). The whole when nothing would be left.
 */
export function withoutTitle(name: string): string {
  const words = name.split(" ");
  let first = 0;
  for (;;) {
    if (first < words.length - 1 && isTitleWord(words[first]!)) first++;
    else if (
      first > 0 &&
      first < words.length - 2 &&
      LINKS.has(folded(words[first]!)) &&
      isTitleWord(words[first + 1]!)
    )
      first++;
    else break;
  }
  return words.slice(first).join(" ");
}

/**
 * The spellings of an entity a reader is shown beside its name: its variants (`Entity.variants`, every surface form
 * seen), a person's without the honorifics and functions written before the name, each once, the name itself not
 * repeated. Display only: the dossier's data keeps every form as written.
 */
export function shownVariants(entity: Entity): string[] {
  const shown = new Set<string>();
  for (const variant of entity.variants) {
    const spelling = entity.type === "person" ? withoutTitle(variant) : variant;
    if (spelling !== entity.name) shown.add(spelling);
  }
  return [...shown];
}
