import { SUPPORTED_LANGUAGES } from "../../language-data/languages.js";
import { latinSentenceEnds } from "./latin-sentence-ends.js";

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(language || "en", { granularity: "sentence" });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Texts on which the JavaScript rules must agree with this runtime's Intl.Segmenter before they are used. */
const PROBES = [
  "M. Lavrov a dit. Puis il est parti ! Vraiment ? Oui.",
  "Les U.S. Army et l'O.N.U. ont 3.5 millions, etc. et plus. 1.B",
  "« Quoi ? » a-t-il dit. Il est là. » Puis (voilà.) fin.\nNon ; oui. a.b x!? Y",
  "Il part.\u00a0Puis. a. ; B. a.; B. Le 12. Mai: « 1,5 ». D'accord… Ensuite.",
  "ǅa. ǅb. É. é. ª. Ça ? « Ça » ! ‘Non’. “Yes.” (No.) [Si.] {Oui.} –Ah. —Bon.",
];

const trust = new Map<string, boolean>();

/**
 * Whether the JavaScript rules stand in for Intl.Segmenter in `language`: only for the languages
 * whose rules they were written and tested for, and only if this runtime's ICU agrees on the probes
 * (an ICU with other rules makes every text go through Intl.Segmenter, as before).
 */
export function trustsLatinRules(language: string): boolean {
  let agrees = trust.get(language);
  if (agrees === undefined) {
    agrees =
      (language === "und" || language === "" || (SUPPORTED_LANGUAGES as readonly string[]).includes(language)) &&
      PROBES.every((probe) => {
        const ends: number[] = [];
        if (!latinSentenceEnds(probe, 0, probe.length, ends)) return false;
        const expected = [...segmenterFor(language).segment(probe)].map(
          (segment) => segment.index + segment.segment.length,
        );
        return ends.join() === expected.join();
      });
    trust.set(language, agrees);
  }
  return agrees;
}

/**
 * Appends to `ends` the end of each sentence Intl.Segmenter finds in `text.slice(start, end)`, as
 * offsets into `text` (the last one is `end`). Texts of Latin letters and common punctuation are cut
 * by the same rules in JavaScript, many times faster; others go through Intl.Segmenter.
 */
export function sentenceEnds(text: string, start: number, end: number, language: string, ends: number[]): void {
  const before = ends.length;
  if (trustsLatinRules(language) && latinSentenceEnds(text, start, end, ends)) return;
  ends.length = before;
  for (const segment of segmenterFor(language).segment(text.slice(start, end))) {
    ends.push(start + segment.index + segment.segment.length);
  }
}
