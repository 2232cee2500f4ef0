import type { RemovalReason, RemovedText } from "../../domain/index.js";

/**
 * Short paragraphs of page furniture that survive structural pruning because nothing in the markup marks them:
 * interface words, bare URLs, datelines, photo credits and captions, the title repeated. Judged on the text of one
 * paragraph at a time, and only when short, so prose that happens to contain such words is never touched.
 */

const SHORT = 160;

/** Interface labels that stand alone on a line (several languages). */
const INTERFACE_LINE =
  /^(?:advert(?:isement)?|ad|sponsored(?: content)?|publicité|anzeige|werbung|publicidad|publicidade|pubblicità|reklama|реклама|sign in|log in|sign up|subscribe|close|caption|breaking news|comments?|\d+ comments?|continue reading(?: below)?|read more|skip to (?:main )?content|share(?: this)?(?: article| story| on \w+)?|print|email|tweet|facebook|twitter|whatsapp|linkedin|pinterest|back to top|scroll to continue|previous|next|loading\.*|this slideshow requires javascript\.?)$/i;

/** A URL, a domain path or an e-mail address alone on its line. */
const BARE_URL = /^(?:(?:https?:\/\/|www\.)\S+|[\w-]+(?:\.[\w-]+)+\/\S*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/i;

/** "Published 1 day ago", "| UPDATED: 11:05, Tue, Nov 19, 2019", "Posted: Fri 6:45 PM, Feb 16, 2018 |". */
const DATELINE =
  /^\|?\s*(?:published|updated|posted|last updated|last modified|modified|publié|mis à jour|actualisé|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato)(?: on| at| le| am| el| em| il)?\s*:?\s*.{0,60}\d.{0,40}$/i;

/** A byline line: "By Name - 11/18/19 11:04 PM EST", "By HNN Staff | November 18, 2019". */
const BYLINE =
  /^(?:by|par|por|von|di|door)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*(?:[-|,•·]|and|et|und|y|e)\s*.{0,80})?$/u;

const CREDIT_LINE =
  /^(?:\(?(?:photo|image|picture|pic|foto|crédit|credit|crédits|credits|source|illustration)s?(?: credit)?\s*:|©|\(c\)\s)/i;

/** A caption ends on its credit: "(Image: GETTY)", "(AP Photo/David Zalubowski)", "Photo: X / Associated Press". */
const CAPTION_CREDIT_END = /\([^()]{0,40}\b(?:image|photo|picture|pic|foto|credit|getty images?)\b[^()]{0,80}\)\s*$/i;
const SHORT_CREDIT_END = /\b(?:photo|image|credit|foto)\s*:\s*[^.]{2,80}$/i;
/** Paragraphs up to this long may be captions when they end on a credit in parentheses. */
const CAPTION_MAX = 500;

const GALLERY_COUNTER = /^(?:image|photo|slide|picture)?\s*\d+\s*(?:of|\/|de|sur|von|di)\s*\/?\s*\d*$/i;

function normalized(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

function reasonFor(paragraph: string, index: number, title: string | undefined): RemovalReason | undefined {
  const line = paragraph.replace(/\s+/g, " ").trim();
  if (line.length <= CAPTION_MAX && CAPTION_CREDIT_END.test(line)) return "caption";
  if (line.length > SHORT) return undefined;
  if (title !== undefined && normalized(line) === normalized(title)) return "title-repeat";
  if (INTERFACE_LINE.test(line))
    return /^(?:advert|ad$|sponsored|publicit|anzeige|werbung|reklam|реклам)/i.test(line)
      ? "advertisement"
      : "navigation";
  if (BARE_URL.test(line) || GALLERY_COUNTER.test(line)) return "navigation";
  if (DATELINE.test(line)) return "date-marker";
  if (index < 4 && BYLINE.test(line) && !/[.!?]$/.test(line)) return "author-bio";
  if (CREDIT_LINE.test(line)) return "photo-credit";
  if (SHORT_CREDIT_END.test(line)) return "caption";
  return undefined;
}

/** Keeps the paragraphs that are article text; the others are returned with why they went. */
export function dropBoilerplateParagraphs(
  paragraphs: string[],
  title?: string,
): { kept: string[]; removed: RemovedText[] } {
  const kept: string[] = [];
  const removed: RemovedText[] = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    const reason = reasonFor(paragraph, index, title);
    if (reason === undefined) kept.push(paragraph);
    else removed.push({ text: paragraph, reason });
  }
  return { kept, removed };
}
