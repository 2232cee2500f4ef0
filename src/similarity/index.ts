export { cosine } from "./cosine.js";
export { DocumentFrequencies } from "./document-frequencies.js";
export { type SparseVector, sparseCosine } from "./sparse-vector.js";
export { TermNumbering } from "./term-numbering.js";
export { type TermVector, termCounts, weighInPlace, weightVector } from "./term-vector.js";
