import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("titled surnames that are also places (resolveTitledSurnames)", () => {
  it("fr, en: a title before a listed place's name makes it the one person of the story bearing it", () => {
    const fr = entitiesByName("François Hollande a parlé. M. Hollande a ensuite dit non. La Hollande a voté.", "fr");
    assert.deepEqual(fr.get("François Hollande")?.variants, ["François Hollande", "M. Hollande"]);
    assert.equal(fr.get("Hollande")?.type, "place");
    const en = entitiesByName("George Washington crossed. President Washington said no. Washington is far.", "en");
    assert.equal(en.get("George Washington")?.mentions, 2);
    assert.equal(en.get("Washington")?.type, "place");
  });

  it("fr: with no one of that name in the story, or two, the place stays", () => {
    const none = entitiesByName("M. Hollande a parlé à Paris.", "fr");
    assert.equal(none.has("François Hollande"), false);
    const two = entitiesByName("François Hollande et Thomas Hollande ont parlé. M. Hollande a conclu.", "fr");
    assert.equal(two.get("François Hollande")?.mentions, 1);
    assert.equal(two.get("Thomas Hollande")?.mentions, 1);
  });
});
