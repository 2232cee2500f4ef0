export { countWords, rejectSentence, type SentenceRejection } from "./reject-sentence.js";
export { DEFAULT_WEIGHTS, type SummaryWeights } from "./score-sentences.js";
export { ALSO_IN_SIMILARITY, type SummarizeOptions, summarizeStory } from "./summarize-story.js";
