export { cosine } from "./cosine.js";
export { DocumentFrequencies } from "./document-frequencies.js";
export { type PackedVector, packedDot, VectorPacker } from "./packed-vector.js";
export { type TermVector, termCounts, weighInPlace, weightVector } from "./term-vector.js";
