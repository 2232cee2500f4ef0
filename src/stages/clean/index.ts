export { type CleanedText, type Cleaner, cleanArticle, createCleaner } from "./cleaner.js";
export { detectMachineTranslation, type MachineTranslationVerdict } from "./machine-translation.js";
export { normalizeLine, normalizeText } from "./normalize-text.js";
