/** PostgreSQL text-search configurations (snowball stemmer + stopwords) by ISO 639-1 code. */
const CONFIGS: Readonly<Record<string, string>> = {
  fr: "french",
  en: "english",
  es: "spanish",
  de: "german",
  it: "italian",
  pt: "portuguese",
  ro: "romanian",
  nl: "dutch",
};

/** Every configuration an article can be indexed with: a query without language tries them all. */
export const TEXT_SEARCH_CONFIGS: readonly string[] = [...new Set(Object.values(CONFIGS)), "simple"];

/** The configuration an article in `language` is indexed with: its own language's, else `simple`. */
export function textSearchConfig(language: string): string {
  return CONFIGS[language] ?? "simple";
}
