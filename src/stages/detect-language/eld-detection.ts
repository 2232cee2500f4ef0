import { eldData } from "./eld-data.js";

/** What detectAsEld returns: eld's LanguageResult, plus a direct read of one score. */
export interface EldDetection {
  /** ISO 639-1 code, "" when no n-gram was known. */
  language: string;
  /** `getScores()[language]`, without building the object. */
  score(language: string): number | undefined;
  getScores(): Record<string, number>;
  isReliable(): boolean;
}

/** eld's `scale`: raw points per n-gram are mapped to x / (x + 25). */
const SCALE = 25;
/** isReliable()'s default `thresholdRatio`: the best score must reach this share of the language's average. */
const RELIABLE_RATIO = 0.75;

/**
 * eld's LanguageResult rebuilt from the points per language id (`totals`, exact integers) and the
 * number of distinct n-grams, with eld's arithmetic in eld's order so that every score is the same double.
 */
export class EldLikeDetection implements EldDetection {
  constructor(
    readonly language: string,
    private readonly totals: Int32Array,
    private readonly ngramCount: number,
    private readonly codes: readonly string[],
    private readonly idOf: ReadonlyMap<string, number>,
  ) {}

  score(language: string): number | undefined {
    const id = this.idOf.get(language);
    return id === undefined || !((this.totals[id] as number) > 0) ? undefined : this.scaled(id);
  }

  /** Scores by language, best first (eld sorts stably: ties stay in language-id order). */
  getScores(): Record<string, number> {
    const ranked: [number, number][] = [];
    for (let id = 0; id < this.totals.length; id++) {
      if ((this.totals[id] as number) > 0) ranked.push([id, this.scaled(id)]);
    }
    ranked.sort((a, b) => b[1] - a[1]);
    const scores: Record<string, number> = {};
    for (const [id, score] of ranked) scores[this.codes[id] as string] = score;
    return scores;
  }

  /**
   * eld's test, quirk included: it compares the best score with the *language id* of the second best
   * (`results[1][0]`), not its score.
   */
  isReliable(): boolean {
    let first = -1;
    let firstScore = Number.NEGATIVE_INFINITY;
    let second = -1;
    let secondScore = Number.NEGATIVE_INFINITY;
    for (let id = 0; id < this.totals.length; id++) {
      if (!((this.totals[id] as number) > 0)) continue;
      const score = this.scaled(id);
      if (score > firstScore) {
        second = first;
        secondScore = firstScore;
        first = id;
        firstScore = score;
      } else if (score > secondScore) {
        second = id;
        secondScore = score;
      }
    }
    if (first < 0 || this.ngramCount < 3) return false;
    const nextScore = second >= 0 ? second : 0;
    const average = eldData.avgScore[this.language] as number;
    return !(average * RELIABLE_RATIO > firstScore || 0.01 > Math.abs(firstScore - nextScore));
  }

  private scaled(id: number): number {
    const ngramScore = (this.totals[id] as number) / this.ngramCount;
    return ngramScore / (ngramScore + SCALE);
  }
}
