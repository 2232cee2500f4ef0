/** A place in capitals, maybe with a date after a comma, then an agency in parentheses or a dash: "NEW YORK, March 3 -". */
const CAPITALS_DATELINE =
  /^\p{Lu}[\p{Lu}.'’-]*(?:[ \u00a0]\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,[ \u00a0][^()\n–—-]{1,30})?[ \u00a0]*(?:\([^()\n]{2,25}\)[ \u00a0]*)?[-–—][ \u00a0]+(?=\p{L}|["«“])/u;
/** A place written as a name, then an agency in parentheses and a dash: "Berlin (dpa) -", "Madrid (EFE) -". */
const AGENCY_DATELINE =
  /^\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]\p{Lu}[\p{L}.'’-]*){0,3}[ \u00a0]*\([^()\n]{2,25}\)[ \u00a0]*[-–—][ \u00a0]+/u;
/** A place written as a name and a dash, opening an article: "Brasília - O presidente", "Kiev - La premier". */
const PLACE_DATELINE = /^\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]\p{Lu}[\p{L}.'’-]*){0,2}[ \u00a0]+[-–—][ \u00a0]+(?=\p{Lu})/u;

/**
 * The length of the dateline opening `sentence` ("ATHENS (Reuters) - ", "Berlin (dpa) - ", "NEW YORK, March 3 - "), 0
 * when there is none: where and by whom it was filed, not what it says, so a summary shows the sentence after it.
 * A place and a dash alone ("Brasília - ") count only at an article's start (`opensArticle`), where they cannot be a
 * sentence's subject and an aside ("Trump - the president - said").
 */
export function datelineLength(sentence: string, opensArticle: boolean): number {
  const match =
    CAPITALS_DATELINE.exec(sentence) ??
    AGENCY_DATELINE.exec(sentence) ??
    (opensArticle ? PLACE_DATELINE.exec(sentence) : null);
  return match === null || match[0].length >= sentence.length ? 0 : match[0].length;
}
