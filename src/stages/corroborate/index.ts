export { type Corroboration, corroborate } from "./corroborate.js";
export type { CorroborateOptions, MeasuredQuantity } from "./corroboration-input.js";
export { countIndependentSources } from "./independent-sources.js";
