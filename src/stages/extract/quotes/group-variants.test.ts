import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { groupVariants, softOverlap, type VariantFeatures } from "./group-variants.js";

describe("softOverlap", () => {
  it("matches a stem to another it opens, when it makes most of it: 'uni' / 'unifi', not 'bar' / 'barbari'", () => {
    assert.equal(softOverlap(["uni", "rapid"], ["unifi", "rapid", "dur"]), 1);
    assert.equal(softOverlap(["sever"], ["severit"]), 1);
    // A short stem opens many words of other languages: "barato" is no "barbarie", "arma" no "armaron".
    assert.equal(softOverlap(["bar"], ["barbari"]), 0);
    assert.equal(softOverlap(["armaron"], ["arm"]), 0);
  });
});

/** A quoted passage of `article`, its stems given, as the grouping sees it. */
function variantOf(
  article: string,
  text: string,
  stems: string[],
  speaker: string,
  context: string[],
): VariantFeatures {
  return { article, text, speaker, stems, context };
}

describe("groupVariants", () => {
  it("keeps apart one-word quotes of two languages that only share an opening ('barato' / 'barbarie')", () => {
    const variant = (article: string, text: string, stems: string[]) =>
      variantOf(article, text, stems, "Muammar Gheddafi", ["gheddafi", "libi"]);
    const groups = groupVariants([
      variant("it1", "barato", ["bar"]),
      variant("es1", "barbarie", ["barbari"]),
      variant("fr1", "barbares", ["barbar"]),
    ]);
    assert.deepEqual(groups, [[0], [1, 2]]);
  });

  it("keeps a quoted word apart from a statement holding it ('la révolution' / 'La révolution n'est pas achevée')", () => {
    const variant = (article: string, text: string, stems: string[]) =>
      variantOf(article, text, stems, "Hosni Moubarak", ["moubarak", "egypt"]);
    const groups = groupVariants([
      variant("a", "La révolution n’est pas achevée", ["revolu", "achev"]),
      variant("b", "la révolution", ["revolu"]),
      variant("c", "révolution", ["revolu"]),
    ]);
    assert.deepEqual(groups, [[0], [1, 2]]);
  });
});
