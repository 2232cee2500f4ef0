import { containsAgency } from "./agency-tag.js";
import { cuesOfAllLanguages } from "./cue-lists.js";
import { afterStartingCue } from "./line-shape.js";
import { hasMoreWordsThan } from "./more-words-than.js";

/** A credit glued to a caption is short: only the end of a line is searched. */
const MAX_TRAILING_CREDIT = 160;

/** A capitalised name chunk of a credit: "Jonathan Nackstrand", "Pool Photo via AP", "SERGEY DOLZHENKO". */
const NAME_CHUNK =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|via|for|for the|de|di|da|van|von|le|la|del)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|via|for|de|di|da|van|von|le|la|del|the))*$/u;

/** "Jonathan Nackstrand/Pool Photo via AP", "EPA/SERGEY DOLZHENKO", "AFP / Getty Images". */
function hasCreditShape(text: string): boolean {
  const line = text.trim().replace(/[.,;]$/, "");
  // Searching for "/" and "via" first is cheaper than the alternation over the whole line.
  const separated = line.includes("/") || (line.includes("via") && /\svia\s/.test(line));
  if (!separated || hasMoreWordsThan(line, 10)) return false;
  const parts = line.split(/\s*\/\s*/);
  if (!parts.every((part) => NAME_CHUNK.test(part))) return false;
  const shouting = line === line.toUpperCase();
  return containsAgency(line) || (shouting && parts.length >= 2);
}

/** "Photo : …", "Crédit photo : …", "Foto: EFE", "Bild: dpa". */
function startsWithPhotoCue(line: string): boolean {
  const rest = afterStartingCue(line, cuesOfAllLanguages("photo"));
  return rest !== null && /^\s*[:©|/–—-]/.test(rest) && !hasMoreWordsThan(line, 25);
}

/** A line that is a photo credit: credit-shaped, introduced by a photo cue, or a short © notice. */
export function isPhotoCredit(line: string): boolean {
  if (startsWithPhotoCue(line)) return true;
  if (line.includes("©") && !hasMoreWordsThan(line, 15)) return true;
  return hasCreditShape(line);
}

/**
 * Where a photo credit glued to the end of a caption or paragraph starts ("… une solution
 * diplomatique. Jonathan Nackstrand/Pool Photo via AP"), or -1. Only a credit-shaped or © tail after a
 * sentence end counts, and the sentence before it is kept.
 */
export function trailingPhotoCreditStart(line: string): number {
  const from = Math.max(0, line.length - MAX_TRAILING_CREDIT);
  for (const end of line.slice(from).matchAll(/[.!?»”"]\s+(?=\S)/g)) {
    const start = from + end.index + end[0].length;
    const tail = line.slice(start);
    const credit =
      hasCreditShape(tail) || (tail.includes("©") && !hasMoreWordsThan(tail, 10)) || startsWithPhotoCue(tail);
    if (credit && hasMoreWordsThan(line.slice(0, start), 2)) return start;
  }
  return -1;
}
