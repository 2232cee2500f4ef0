import type { Token } from "../../../domain/text.js";
import { NAME_ARTICLES } from "../../../language-data/name-particles.js";
import { NOUN_CAPITALISING_LANGUAGES } from "../../../language-data/noun-determiners.js";
import { ORGANIZATION_HEADS } from "../../../language-data/organization-heads.js";
import { PLACE_HEADS } from "../../../language-data/place-heads.js";
import { foldAccents, isStopwordAsWritten } from "../../segment/index.js";
import { isFirstName } from "./first-names.js";

const ARTICLES = new Set(NAME_ARTICLES);
/** Heads after which an article stays a common word ("le Conseil fédéral", "la Tour Eiffel"). */
const HEADS = new Set([...ORGANIZATION_HEADS, ...PLACE_HEADS]);

/**
 * Whether the stopword at token `index`, at a name's `edge`, is no part of it. Written in lower case, or ending the
 * name, it is not; nor opening the sentence (`atStart`: "Dans", "Selon"), nor inside a sentence unless it is an
 * article before a name that is no head word: "selon Le Pen", "dans La Croix" keep their article, "le Conseil" does
 * not, nor before a name that `knownAfter` says is listed ("La BBC"; asked only then, as it costs a look-up). A word
 * that is a stopword only once its accents go is a name ("Putin", where the Romanian "puțin" folds so).
 */
export function isEdgeStopword(
  tokens: readonly Token[],
  index: number,
  edge: "start" | "end",
  atStart: boolean,
  language: string,
  knownAfter: () => boolean = () => false,
): boolean {
  const token = tokens[index]!;
  if (!token.isStopword) return false;
  if (!token.capitalized) return true;
  if (!isStopwordAsWritten(token.normal, language)) return false;
  // German capitalises nouns, never its conjunctions: a capitalised one after a given name is a surname ("Stephan Weil").
  if (edge === "end" && NOUN_CAPITALISING_LANGUAGES.has(language) && isFirstName(tokens[index - 1]?.text ?? ""))
    return false;
  if (edge === "end" || atStart || !ARTICLES.has(token.normal)) return true;
  const next = tokens[index + 1];
  if (next === undefined || !next.capitalized || next.isStopword || HEADS.has(foldAccents(next.normal))) return true;
  return knownAfter();
}
