import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatHighlights, parseHighlights } from "./parse-highlights.js";
import { renderHighlightedText } from "./render-highlighted-text.js";

describe("parseHighlights", () => {
  it("reads ranges, clamps them to the text and skips bad ones", () => {
    assert.deepEqual(parseHighlights("0-5, 10-20,x,7-3,15-999", 18), [
      { start: 0, end: 5 },
      { start: 10, end: 18 },
      { start: 15, end: 18 },
    ]);
    assert.deepEqual(parseHighlights(undefined, 10), []);
    assert.equal(formatHighlights([{ start: 1, end: 4 }]), "1-4");
  });
});

describe("renderHighlightedText", () => {
  it("escapes the text and marks the spans, the first focus span anchored", () => {
    const text = "Le <b>chef</b> arrive.\n\nIl parle & part.";
    const html = renderHighlightedText(text, [{ start: 3, end: 14, kind: "focus" }]);
    assert.equal(
      html,
      '<p>Le <mark class="focus" id="hl-0">&lt;b&gt;chef&lt;/b&gt;</mark> arrive.</p>\n<p>Il parle &amp; part.</p>',
    );
  });

  it("marks spans across paragraphs, anchoring only their first piece", () => {
    const text = "Un deux.\n\nTrois quatre.";
    const html = renderHighlightedText(text, [{ start: 3, end: 15, kind: "focus" }]);
    assert.equal(
      html,
      '<p>Un <mark class="focus" id="hl-0">deux.</mark></p>\n<p><mark class="focus">Trois</mark> quatre.</p>',
    );
  });

  it("lets a focus span win over an overlapping dossier span, keeps line breaks and merges pieces", () => {
    const text = "abc def\nghi";
    const html = renderHighlightedText(text, [
      { start: 0, end: 7, kind: "dossier" },
      { start: 4, end: 11, kind: "focus" },
    ]);
    assert.equal(html, '<p><mark class="dossier">abc </mark><mark class="focus" id="hl-0">def<br>ghi</mark></p>');
  });
});
