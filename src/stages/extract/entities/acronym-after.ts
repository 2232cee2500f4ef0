/** An acronym in parentheses right after a name: "Organisation mondiale de la santé (OMS)", "… Volcanology (INGV)". */
const ACRONYM_AFTER = /^[ \u00a0]?\((\p{Lu}[\p{Lu}\d&]{1,7})\)/u;

/**
 * The acronym the text gives in parentheses right after a name ending at `end` ("Institut national de géophysique et
 * de volcanologie (INGV)"), or undefined: the name and the acronym name one thing, and so do two names given the
 * same acronym in one story, whatever their language.
 */
export function acronymAfter(text: string, end: number): string | undefined {
  return ACRONYM_AFTER.exec(text.slice(end, end + 14))?.[1];
}
