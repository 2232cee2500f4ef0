import type { RemovalReason } from "../../domain/index.js";

/** Class or id words naming page furniture rather than article text, grouped by what the furniture is. */
const FURNITURE_WORDS: [RemovalReason, string][] = [
  ["caption", "caption|credit|figure|photo|image|gallery|slideshow|carousel|video-player"],
  ["share-counter", "share|sharing|social|toolbar|print"],
  ["read-also", "related|recommended|more-from|read-more|readmore|see-also|outbrain|taboola"],
  ["advertisement", "promo|advert|advertisement|ad|ads|adslot|sponsor|sponsored"],
  ["newsletter", "newsletter|subscribe|signup|paywall"],
  ["author-bio", "byline|author"],
  ["date-marker", "dateline|timestamp|pubdate|published|meta"],
  ["breadcrumb", "tags|tag-list|breadcrumbs?"],
  ["comments", "comments?|disqus"],
  ["cookie-notice", "cookie|consent"],
];

const PATTERNS = FURNITURE_WORDS.map(
  ([reason, words]) => [reason, new RegExp(String.raw`(?:^|[-_\s])(?:${words})(?:$|[-_\s])`, "i")] as const,
);

/**
 * Why an element is page furniture, judged by the words of its class and id ("share-bar", "newsCaption");
 * undefined when they say nothing.
 */
export function furnitureReason(element: Element): RemovalReason | undefined {
  const words = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .trim();
  if (words.length === 0) return undefined;
  for (const [reason, pattern] of PATTERNS) if (pattern.test(words)) return reason;
  return undefined;
}

/** Why an element of a removed tag goes. */
export function tagReason(tag: string): RemovalReason {
  switch (tag) {
    case "figure":
    case "figcaption":
    case "picture":
      return "caption";
    case "aside":
      return "read-also";
    default:
      return "navigation";
  }
}
