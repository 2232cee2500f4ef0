export { type Corroboration, corroborate } from "./corroborate.js";
export type {
  CorroborateOptions,
  DatedSentence,
  MeasuredQuantity,
  QuotedStatement,
} from "./corroboration-input.js";
export { countIndependentSources } from "./independent-sources.js";
