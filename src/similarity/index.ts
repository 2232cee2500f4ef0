export { cosine } from "./cosine.js";
export { DocumentFrequencies } from "./document-frequencies.js";
export { type TermVector, termCounts, weighInPlace, weightVector } from "./term-vector.js";
