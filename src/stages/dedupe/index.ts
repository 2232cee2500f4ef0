export {
  createDuplicateIndex,
  DEFAULT_DUPLICATE_INDEX_OPTIONS,
  type DuplicateIndex,
  type DuplicateIndexOptions,
} from "./duplicate-index.js";
export { estimateJaccard, minHashSignature } from "./min-hash.js";
export { wordShingles } from "./word-shingles.js";
