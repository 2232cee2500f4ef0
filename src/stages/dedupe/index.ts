export {
  createDuplicateIndex,
  DEFAULT_DUPLICATE_INDEX_OPTIONS,
  type DuplicateFeatures,
  type DuplicateIndex,
  type DuplicateIndexOptions,
  duplicateFeatures,
} from "./duplicate-index.js";
export { estimateJaccard, minHashSignature } from "./min-hash.js";
export { wordShingles } from "./word-shingles.js";
