import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findQuotedSpans } from "./find-quoted-spans.js";

const quoted = (text: string): string[] => findQuotedSpans(text).map((span) => text.slice(span.start, span.end));

describe("quotation marks (findQuotedSpans)", () => {
  it("en: typewriter quotes `` … '' (LaTeX, tokenised wire archives) are quotes, offsets past both marks", () => {
    const text =
      "`` We appreciate your respect to her privacy , '' the rep said.\n" +
      "I 'm not just a party girl. ``\n" +
      "She said `` yes '' and then \"no\".";
    assert.deepEqual(quoted(text), ["We appreciate your respect to her privacy", "yes", "no"]);
    const [first] = findQuotedSpans(text);
    assert.equal(text.slice(first!.open, first!.close).slice(0, 2), "``");
    assert.equal(text.slice(first!.open, first!.close).slice(-2), "''");
  });

  it("an unclosed `` or one whose close is past the paragraph opens no quote", () => {
    assert.deepEqual(quoted("He said `` never.\n\nThen '' she left."), []);
  });
});
