import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import type { RawArticle } from "../domain/article.js";
import { articleIdFor } from "./article-id.js";

/** The id as it was first defined: every article id in a store was made this way. */
function referenceId(raw: RawArticle): string {
  const identity =
    raw.url !== undefined && raw.url.trim() !== ""
      ? `url:${raw.url.trim().replace(/#.*$/, "").replace(/\/$/, "")}`
      : `text:${raw.text.normalize("NFC").replace(/\s+/g, " ").trim()}`;
  return `a_${createHash("sha256").update(identity).digest("hex").slice(0, 16)}`;
}

const raw = (text: string, url?: string): RawArticle => ({
  path: "x.txt",
  format: "text",
  text,
  ...(url !== undefined ? { url } : {}),
});

describe("articleIdFor", () => {
  it("gives stored articles the ids they were given, whatever their whitespace", () => {
    const spaces = [
      " ",
      "  ",
      "\n",
      "\n\n",
      "\t",
      " \n",
      "\n ",
      " \t ",
      "\u00a0",
      " \u00a0",
      "\u2009",
      "\r\n",
      "   \n\n  ",
    ];
    let seed = 7;
    const next = (n: number): number => {
      // A linear congruential generator's high bits (its low bits cycle too soon).
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    for (let k = 0; k < 500; k++) {
      let text = next(3) === 0 ? spaces[next(spaces.length)]! : "";
      for (let w = next(8); w >= 0; w--)
        text += ["Genève", "M.", "Lavrov", "é"][next(4)]! + spaces[next(spaces.length)]!;
      assert.equal(articleIdFor(raw(text)), referenceId(raw(text)), JSON.stringify(text));
    }
  });

  it("is the same for the same text written with other whitespace or composition", () => {
    assert.equal(
      articleIdFor(raw("Blinken et  Lavrov\n\nà Genève")),
      articleIdFor(raw(" Blinken et Lavrov à Gene\u0300ve ")),
    );
    assert.notEqual(articleIdFor(raw("Blinken et Lavrov")), articleIdFor(raw("Blinken, Lavrov")));
  });

  it("names a page by its URL, without its fragment or trailing slash", () => {
    const id = articleIdFor(raw("one text", "https://example.org/a/"));
    assert.equal(id, articleIdFor(raw("another text", "https://example.org/a#comments")));
    assert.equal(id, referenceId(raw("", "https://example.org/a")));
  });
});
