import type { TranslationSignal } from "../../domain/article.js";

/** One piece of evidence of machine translation, with where it is and how much it weighs. */
export interface WeightedSignal {
  signal: TranslationSignal;
  /** Which rule found it ("double-period", "calque", …): the verdict wants more than one rule. */
  rule: string;
  weight: number;
  /** Offset in the text, for ordering. */
  at: number;
}
