import { TOWNS_ELSEWHERE } from "./towns-elsewhere.js";
import { WESTERN_EUROPE_TOWNS } from "./western-europe-towns.js";

/**
 * Towns beyond the capitals of `cities.ts`, one entry per place with the names it takes in the languages recoupe
 * reads: western Europe's first, then the rest of the world's.
 */
export const TOWNS: readonly (readonly string[])[] = [...WESTERN_EUROPE_TOWNS, ...TOWNS_ELSEWHERE];
