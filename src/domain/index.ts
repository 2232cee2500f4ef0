export * from "./article.js";
export * from "./diagnostic.js";
export * from "./document.js";
export * from "./ids.js";
export * from "./span.js";
export * from "./story.js";
export * from "./text.js";
