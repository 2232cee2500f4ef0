import type { SupportedLanguage } from "./languages.js";
import { DUTCH_ROLES } from "./roles/dutch-roles.js";
import { ENGLISH_ROLES } from "./roles/english-roles.js";
import { FRENCH_ROLES } from "./roles/french-roles.js";
import { GERMAN_ROLES } from "./roles/german-roles.js";
import { ITALIAN_ROLES } from "./roles/italian-roles.js";
import { PORTFOLIO_ROLES } from "./roles/portfolio-roles.js";
import { PORTUGUESE_ROLES } from "./roles/portuguese-roles.js";
import { ROMANIAN_ROLES } from "./roles/romanian-roles.js";
import { SPANISH_ROLES } from "./roles/spanish-roles.js";

/**
 * Functions that name a person ("le ministre russe des Affaires étrangères Sergueï Lavrov", "German Chancellor
 * Olaf Scholz"). Lower-case, accents kept; a role may be written with one or two adjectives of nationality
 * inside it or after it ("ministre russe des affaires étrangères", "chef de la diplomatie américaine").
 * A name right after a role is a person; a role alone can stand for a speaker already named ("le ministre russe").
 */
export const ROLES: Record<SupportedLanguage, readonly string[]> = {
  fr: FRENCH_ROLES,
  en: ENGLISH_ROLES,
  es: [...SPANISH_ROLES, ...(PORTFOLIO_ROLES.es ?? [])],
  de: GERMAN_ROLES,
  it: [...ITALIAN_ROLES, ...(PORTFOLIO_ROLES.it ?? [])],
  pt: [...PORTUGUESE_ROLES, ...(PORTFOLIO_ROLES.pt ?? [])],
  ro: ROMANIAN_ROLES,
  nl: DUTCH_ROLES,
};
