/** Languages recoupe analyses fully (stems, stopwords, sentence rules, dates). Others get generic handling. */
export const SUPPORTED_LANGUAGES = ["fr", "en", "es", "de", "it", "pt", "ro", "nl"] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(code: string): code is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code);
}
