import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { asArticleId } from "../domain/ids.js";
import type { Quote, QuoteVariant } from "../domain/story.js";
import { shownQuoteVariants } from "./shown-quote-variants.js";

const [a, b] = [asArticleId("a_0000000000000001"), asArticleId("a_0000000000000002")];
const variant = (articleId: typeof a, start: number, text: string, speakerMention: string | null): QuoteVariant => ({
  articleId,
  start,
  end: start + text.length,
  text,
  speakerMention,
});

describe("shownQuoteVariants", () => {
  it("shows a wording once per article, with how often it is written and who says it", () => {
    const quote: Quote = {
      speaker: "Sergueï Lavrov",
      text: "prématuré",
      articleIds: [a, b],
      variants: [
        variant(a, 10, "prématuré", null),
        variant(a, 90, "prématuré", "il"),
        variant(b, 40, "prématuré", "M. Lavrov"),
        variant(a, 200, "trop tôt", null),
      ],
    };
    assert.deepEqual(
      shownQuoteVariants(quote).map(({ variant, times }) => [variant.articleId, variant.text, variant.start, times]),
      [
        [a, "prématuré", 90, 2],
        [b, "prématuré", 40, 1],
        [a, "trop tôt", 200, 1],
      ],
    );
    // The dossier's data is left whole.
    assert.equal(quote.variants.length, 4);
  });
});
