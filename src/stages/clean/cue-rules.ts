import type { RemovalReason } from "../../domain/article.js";
import { cuesOfAllLanguages } from "./cue-lists.js";
import { foldForMatch } from "./fold-for-match.js";
import { afterStartingCue, containsCue, isOnlyCue, wordsOf } from "./line-shape.js";
import { hasMoreWordsThan } from "./more-words-than.js";
import { isScriptLine } from "./script-line.js";

/** A teaser or label ends its cue with punctuation, the end of the line, or a new capitalised title. */
function isCueEnd(rest: string): boolean {
  return rest === "" || /^\s*[:\-–—|>›»•·.]/.test(rest) || /^\s+["«“„]?[\p{Lu}\p{N}]/u.test(rest);
}

function isReadAlso(line: string): boolean {
  const rest = afterStartingCue(line, cuesOfAllLanguages("readAlso"));
  return rest !== null && isCueEnd(rest) && !hasMoreWordsThan(line, 40);
}

function isNavigation(line: string): boolean {
  const rest = afterStartingCue(line, cuesOfAllLanguages("navigation"), true);
  return rest !== null && (isCueEnd(rest) || /^\p{Lu}/u.test(rest)) && !hasMoreWordsThan(line, 40);
}

function isNewsletter(line: string): boolean {
  return afterStartingCue(line, cuesOfAllLanguages("newsletter")) !== null && !hasMoreWordsThan(line, 40);
}

function isCookieNotice(line: string): boolean {
  return /cookie/i.test(line) && !hasMoreWordsThan(line, 80) && containsCue(line, cuesOfAllLanguages("cookie"));
}

/** "Tous droits réservés", "Queda prohibida la reproducción…", "© 2011 …": a copyright or reproduction notice. */
function isLegalNotice(line: string): boolean {
  // The expressions first: they reject most lines at once, where counting words reads up to 61 of them.
  if (/^\s*(?:©|\(c\)\s|copyright\b)/iu.test(line)) return !hasMoreWordsThan(line, 30);
  return LEGAL_HINT.test(line) && !hasMoreWordsThan(line, 60) && containsCue(line, cuesOfAllLanguages("legal"));
}

/** A word every legal cue holds: lines without one are spared folding (every line of every article is asked). */
const LEGAL_HINT = /r[ée]serv|riservat|rezerv|reprodu|riprodu|rechte|nachdruck|vervielf|published/iu;

function isAdvertisement(line: string): boolean {
  return !hasMoreWordsThan(line, 4) && isOnlyCue(line, cuesOfAllLanguages("advertisement"));
}

/** "Laisser un commentaire", "Commentaires", "12 comments". */
function isComments(line: string): boolean {
  if (hasMoreWordsThan(line, 8)) return false;
  if (isOnlyCue(line, cuesOfAllLanguages("comments"))) return true;
  return afterStartingCue(line, MULTI_WORD_COMMENTS) !== null;
}

const MULTI_WORD_COMMENTS = cuesOfAllLanguages("comments").filter((cue) => cue.includes(" "));

/** A short line of share-button labels, possibly with their counters: "Partager 12 Tweeter 3", "Share". */
function isShareButtons(line: string): boolean {
  if (hasMoreWordsThan(line, 8)) return false;
  const words = wordsOf(line);
  if (words.length === 0 || words.length > 8) return false;
  let labelCount = 0;
  for (const word of words) {
    if (/^\p{N}+[kKmM]?$/u.test(word)) continue;
    if (!SHARE_LABELS.has(foldForMatch(word))) return false;
    labelCount++;
  }
  return labelCount > 0;
}

const SHARE_LABELS: ReadonlySet<string> = new Set(cuesOfAllLanguages("share").map(foldForMatch));

/**
 * The reason a line is page furniture by what it says, wherever it stands: teasers, prev/next links,
 * newsletter, cookie, copyright, advertisement, comments and share-button lines, and lines of script. Null for
 * anything else.
 */
export function classifyByCue(line: string): RemovalReason | null {
  if (isNavigation(line)) return "navigation";
  if (isReadAlso(line)) return "read-also";
  if (isNewsletter(line)) return "newsletter";
  if (isCookieNotice(line)) return "cookie-notice";
  if (isLegalNotice(line)) return "legal-notice";
  if (isAdvertisement(line)) return "advertisement";
  if (isComments(line)) return "comments";
  if (isShareButtons(line)) return "share-counter";
  if (isScriptLine(line)) return "script";
  return null;
}
