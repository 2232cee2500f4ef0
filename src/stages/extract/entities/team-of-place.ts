import { isFirstName } from "./first-names.js";
import { lookupGazetteer, sharesPlaceStem } from "./gazetteer.js";

/** A capitalised plural ("Rangers", "Canucks"): a team's nickname before its town. */
const PLURAL_NICKNAME = /^\p{Lu}[\p{L}]*\p{Ll}[sx]$/u;
/** What stands between a nickname and its town: "de", "du", "d'", "de la", "de l'". */
const TEAM_LINK = /^(?:de(?: la| l['’])?|du|d['’])$/;

/**
 * Whether `word` can be a team's plural nickname: not a given name ("Charles de Gaulle") and not a people's name,
 * which starts as its country or region does ("les Kurdes de Syrie", "les Russes de Crimée" are people and a place).
 */
export function isTeamNickname(word: string): boolean {
  return PLURAL_NICKNAME.test(word) && !isFirstName(word) && !sharesPlaceStem(word);
}

/** A people's name in the plural ("Kurdes", "Arméniens", "Russians"): see `isTeamNickname`. */
export function isPeopleName(word: string): boolean {
  return PLURAL_NICKNAME.test(word) && sharesPlaceStem(word);
}

/**
 * "Rangers de New York", "Panthers de la Floride", "Blue Jackets de Columbus": a team's plural nickname, "de" (with
 * its article or not), then its town or region. `left`: the name before the particle; `link`: the lower-case words
 * between, as written ("de", "de la", "d'"); `right`: the capitalised name after it. The town need not be known
 * when it is no given name, or when an article stands before it ("de la Caroline").
 */
export function teamOfPlace(left: string, link: string, right: string): boolean {
  const words = left.split(" ");
  if (!isTeamNickname(words.at(-1)!) || isFirstName(words[0]!) || lookupGazetteer(left) !== undefined) return false;
  if (!TEAM_LINK.test(link)) return false;
  const withArticle = link !== "de" && !/^d['’]$/.test(link);
  return lookupGazetteer(right)?.type === "place" || withArticle || !isFirstName(right.split(" ")[0]!);
}
