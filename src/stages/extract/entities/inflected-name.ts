import type { GazetteerEntry } from "./gazetteer.js";

/**
 * A name's form as listed, when the language inflects names and the gazetteer lists their base form: German's
 * genitive "-s" ("Russlands" → "Russland", "Europas" → "Europa"), Romanian's enclitic article ("Rusiei" → "Rusia",
 * "Kievului" → "Kiev", "Parisul" → "Paris"). Null when the language does not, or the name has no such ending.
 */
export function uninflected(name: string, language: string): string[] {
  if (language === "de") return /\p{Ll}s$/u.test(name) ? [name.slice(0, -1)] : [];
  if (language !== "ro") return [];
  if (name.endsWith("ului")) return [name.slice(0, -4)];
  if (name.endsWith("ul")) return [name.slice(0, -2)];
  if (name.endsWith("ei")) return [`${name.slice(0, -2)}a`];
  return [];
}

/** The gazetteer's entry for a name as written, else for its base form (see `uninflected`). */
export function gazetteerOfInflected(
  name: string,
  language: string,
  names: { gazetteer(name: string): GazetteerEntry | undefined },
): GazetteerEntry | undefined {
  const known = names.gazetteer(name);
  if (known !== undefined) return known;
  for (const base of uninflected(name, language)) {
    const entry = names.gazetteer(base);
    // In German only places inflect so ("Chinas"); an organisation's "s" is its own ("Lloyds", "Barclays"). Romanian's
    // article goes on every noun ("Pentagonului", "Guvernului").
    if (entry?.type === "place" || (entry !== undefined && language === "ro")) return entry;
  }
  return undefined;
}

/**
 * Whether `name` is a listed place in an inflected form ("Frankreichs", "Ucrainei"): a genitive, so after a title
 * it is the title's complement ("Präsident Frankreichs", "Președintele Ucrainei"), never its holder.
 */
export function isInflectedPlace(
  name: string,
  language: string,
  names: { gazetteer(name: string): GazetteerEntry | undefined },
): boolean {
  return uninflected(name, language).some((base) => names.gazetteer(base)?.type === "place");
}
