export { type EntityOptions, extractEntities } from "./extract-entities.js";
export { findRoles, type RoleMatch, roleKey } from "./find-roles.js";
export { lookupGazetteer } from "./gazetteer.js";
export { nameKey } from "./name-key.js";
export { type RecognizedMention, recognizeMentions } from "./recognize-mentions.js";
export { tokenAfter } from "./token-after.js";
export { foldedNormals } from "./token-folds.js";
