export { cosine } from "./cosine.js";
export { DocumentFrequencies } from "./document-frequencies.js";
export { type TermVector, termCounts, weightVector } from "./term-vector.js";
