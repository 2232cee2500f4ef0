export { extractQuantities } from "./extract-quantities.js";
export { parseDigits } from "./parse-digits.js";
export type { Quantity, QuantityKind } from "./quantity.js";
