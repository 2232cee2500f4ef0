import { countLetters } from "./count-letters.js";
import { detectAsEld } from "./detect-as-eld.js";

export { detectAsEld } from "./detect-as-eld.js";
export type { EldDetection } from "./eld-detection.js";

export interface LanguageGuess {
  /** ISO 639-1 code, or "und" when nothing could be told. */
  language: string;
  /** How the language was decided. */
  basis: "detected" | "declared" | "undetermined";
  /** eld's score for the chosen language (0 when declared or undetermined). */
  score: number;
}

/** eld reads n-grams; a few thousand characters are as good as the whole article and keep it fast. */
const SAMPLE_CHARACTERS = 3_000;
/** Below this many letters eld is unreliable and a declared language wins. */
const MIN_LETTERS = 40;

function normalizeDeclared(declared: string | undefined): string | undefined {
  if (declared === undefined) return undefined;
  const code = declared.trim().toLowerCase().split(/[-_]/)[0];
  return code !== undefined && /^[a-z]{2,3}$/.test(code) ? code : undefined;
}

/**
 * The language of an article from its text (eld), falling back on the language its container
 * declared (HTML lang, feed, JSON) when the text is too short or the detector unsure.
 * A declared language is also kept when eld's guess is a close second to it.
 */
export function detectLanguage(text: string, declared?: string): LanguageGuess {
  const declaredCode = normalizeDeclared(declared);
  const sample = text.slice(0, SAMPLE_CHARACTERS);
  const letters = countLetters(sample, MIN_LETTERS);
  if (letters < MIN_LETTERS) {
    return declaredCode !== undefined
      ? { language: declaredCode, basis: "declared", score: 0 }
      : detectedOrUndetermined(sample, letters);
  }
  const result = detectAsEld(sample);
  const best = result.language;
  if (declaredCode !== undefined && best !== declaredCode) {
    const declaredScore = result.score(declaredCode) ?? 0;
    const bestScore = result.score(best) ?? 0;
    if (declaredScore >= bestScore * 0.9) return { language: declaredCode, basis: "declared", score: declaredScore };
  }
  if (!best) {
    return declaredCode !== undefined
      ? { language: declaredCode, basis: "declared", score: 0 }
      : { language: "und", basis: "undetermined", score: 0 };
  }
  return { language: best, basis: "detected", score: result.score(best) ?? 0 };
}

function detectedOrUndetermined(sample: string, letters: number): LanguageGuess {
  if (letters === 0) return { language: "und", basis: "undetermined", score: 0 };
  const result = detectAsEld(sample);
  return result.language && result.isReliable()
    ? { language: result.language, basis: "detected", score: result.score(result.language) ?? 0 }
    : { language: "und", basis: "undetermined", score: 0 };
}
