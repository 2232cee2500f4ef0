import { MONTH_NAMES } from "../../language-data/calendar-words.js";
import { CAPTION_ACTIONS } from "../../language-data/caption-cues.js";
import { isSupportedLanguage } from "../../language-data/languages.js";
import { REPORTING_VERBS } from "../../language-data/reporting-verbs.js";
import { holdsPhotoMarker } from "./holds-photo-marker.js";

/** A caption is one short sentence: longer ones are prose even in the present tense. */
const MAX_CAPTION_WORDS = 45;

/** Captions sit at the top of an article, before its lede: only its first paragraphs are tested for one. */
const CAPTION_PARAGRAPHS = 2;

const DIGIT = /[0-9]/;

/** Where a sentence sits in its article. */
export interface SentencePlace {
  /** 0-based index of its paragraph. */
  paragraph: number;
  /** Whether it is the only sentence of its paragraph. */
  alone: boolean;
  words: number;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function wholeWords(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const sorted = [...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join("|")})(?![\\p{L}\\p{N}])`, "iu");
}

interface CaptionRules {
  actions: RegExp | null;
  date: RegExp | null;
  reporting: ReadonlySet<string>;
}

const rulesByLanguage = new Map<string, CaptionRules>();

/** The language's caption cues, compiled once. */
function rulesFor(language: string): CaptionRules {
  let rules = rulesByLanguage.get(language);
  if (rules !== undefined) return rules;
  const supported = isSupportedLanguage(language);
  const months = supported ? (MONTH_NAMES[language] ?? []).flat() : [];
  const month = months.length > 0 ? `(?:${months.map(escapeRegExp).join("|")})` : null;
  rules = {
    actions: wholeWords(CAPTION_ACTIONS[language] ?? []),
    // "21 janvier", "3 de marzo", "January 21", "janvier 2022": a day or a year next to a month name.
    date:
      month === null
        ? null
        : new RegExp(
            `(?:\\b\\d{1,2}(?:er|st|nd|rd|th|\\.)?\\s+(?:\\p{L}{1,3}\\s+)?${month}(?![\\p{L}])|${month}\\s+\\d{1,4}\\b)`,
            "iu",
          ),
    reporting: new Set(supported ? REPORTING_VERBS[language] : []),
  };
  rulesByLanguage.set(language, rules);
  return rules;
}

/**
 * Whether a sentence is a photo caption rather than article prose: one with a photo marker ("(Photo: …)",
 * "AFP PHOTO"), or a short paragraph of its own at the top of the article that shows people doing
 * something in the present tense ("se serrent la main", "shake hands", "pose") on a date, without
 * reporting anyone's words ("… se serrent la main avant leur rencontre du 21 janvier 2022 à Genève.").
 */
export function looksLikeCaption(sentence: string, language: string, place: SentencePlace): boolean {
  if (holdsPhotoMarker(sentence)) return true;
  if (!place.alone || place.paragraph >= CAPTION_PARAGRAPHS || place.words > MAX_CAPTION_WORDS) return false;
  const rules = rulesFor(language);
  if (rules.actions === null || rules.date === null) return false;
  // The date needs a digit: a sentence without one is ruled out before the longer patterns scan it.
  if (!DIGIT.test(sentence) || !rules.date.test(sentence) || !rules.actions.test(sentence)) return false;
  const words = sentence.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
  return !words.some((word) => rules.reporting.has(word));
}
