/**
 * The clean stage: from the text ingest extracted to the text every offset of the dossier points into.
 *
 * - `normalizeText` fixes one canonical form (UTF-8 mis-read as Windows-1252 read back, NFC, plain single spaces, typographic ’ between letters,
 *   quotation marks as written, paragraphs "\n\n", lines "\n").
 * - `createCleaner().clean` takes page furniture out by general rules on line shape, position (head,
 *   tail) and repetition across a site's articles, in any of the supported languages (cue phrases are
 *   data, in `language-data/boilerplate-*.ts`). Every removal is recorded with its reason; the
 *   normalised input is the cleaned text plus the removed pieces, word for word.
 * - Section headings are taken out as "subheading": they are not sentences, and a summary must not
 *   pick one. Quotations, and short paragraphs that end like sentences, always stay.
 * - `detectMachineTranslation` weighs evidence of machine translation (see its comment for the rules).
 * - `Cleaner.snapshot()` hands what a cleaner learnt of each site to `createCleaner(snapshot)` in
 *   another thread, which then cleans exactly as the first one would.
 */
export { type CleanedText, type Cleaner, cleanArticle, createCleaner } from "./cleaner.js";
export { detectMachineTranslation, type MachineTranslationVerdict } from "./machine-translation.js";
export { normalizeLine, normalizeText } from "./normalize-text.js";
export type { SiteMemorySnapshot, SiteSnapshot } from "./site-memory.js";
