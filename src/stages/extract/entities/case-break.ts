import type { Token } from "../../../domain/text.js";
import { foldAccents } from "../../segment/index.js";
import { isFirstName } from "./first-names.js";
import type { StoryNames } from "./story-names.js";
import type { StoryVocabulary } from "./story-vocabulary.js";

const ALL_CAPITALS = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;
const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}]/u;
/** Words that head a web page's blocks in capitals ("VIDÉO Emmanuel Macron répond", "LIVE Joe Biden"), folded. */
const HEADING_WORDS = new Set([
  "video",
  "videos",
  "photo",
  "photos",
  "direct",
  "live",
  "exclusif",
  "exclusive",
  "info",
  "infos",
  "alerte",
  "breaking",
  "update",
  "watch",
  "opinion",
  "analyse",
  "analysis",
  "interview",
  "entretien",
  "portrait",
  "reportage",
  "podcast",
  "audio",
  "exclusiva",
  "esclusivo",
  "diretta",
  "ultima",
  "ora",
  "eilmeldung",
]);

/**
 * Whether a name stops between tokens `last` and `last + 1`, though one space joins them: after words in capitals that
 * are given names, words of the story or of a page's headings ("VIDÉO Emmanuel Macron", "CLARA MARC Guy Bovet": a
 * heading or a byline, then the text), or before a town in capitals after a name in lower case ("M. Kellogg PARIS,
 * 15 (Havas)": a dateline). Acronyms go on ("BNP Paribas", "BBC News", "Cancer Research UK"), and so do surnames in
 * capitals ("Jean DUPONT"). `first`: the name's first token; `vocabulary`: the story's words in lower case; `names`:
 * its gazetteer.
 */
export function caseBreak(
  tokens: readonly Token[],
  first: number,
  last: number,
  vocabulary: StoryVocabulary,
  names: StoryNames,
): boolean {
  const [before, next] = [tokens[last]!, tokens[last + 1]!];
  if (ALL_CAPITALS.test(before.text) && TITLE_CASE.test(next.text)) {
    for (let at = first; at <= last; at++) {
      const token = tokens[at]!;
      if (!ALL_CAPITALS.test(token.text)) continue;
      const folded = foldAccents(token.text);
      if (isFirstName(token.text) || token.isStopword || HEADING_WORDS.has(folded) || vocabulary.lowercase.has(folded))
        return true;
    }
    return false;
  }
  return (
    TITLE_CASE.test(before.text) && ALL_CAPITALS.test(next.text) && names.gazetteer(next.text)?.settlement === true
  );
}
