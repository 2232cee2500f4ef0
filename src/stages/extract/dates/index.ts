export type { DateExpressionKind, DateMention, DateReference, Tense } from "./date-mention.js";
export { extractDates } from "./extract-dates.js";
export { extractTimeline } from "./extract-timeline.js";
export { type InferredPublicationDate, inferPublicationDate } from "./infer-publication-date.js";
