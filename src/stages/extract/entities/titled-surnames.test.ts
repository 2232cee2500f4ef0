import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("titled surnames that are also places (resolveTitledSurnames)", () => {
  it("fr, en: a title before a listed place's name makes it the one person of the story bearing it", () => {
    const fr = entitiesByName("François Hollande a parlé. M. Hollande a ensuite dit non. La Hollande a voté.", "fr");
    assert.deepEqual(fr.get("François Hollande")?.variants, ["François Hollande", "M. Hollande"]);
    assert.equal(fr.get("Hollande")?.type, "place");
    // A city's name alone stays the city, however often the person is named in full.
    const en = entitiesByName(
      "George Washington crossed. President Washington said no. Washington is far. George Washington won.",
      "en",
    );
    assert.equal(en.get("George Washington")?.mentions, 3);
    assert.equal(en.get("Washington")?.type, "place");
  });

  it("fr: once a title names the person written in full twice, the word alone is that person too, not after 'la' or 'en'", () => {
    const text =
      "François Hollande a parlé. M. Hollande a dit non. Selon Hollande, rien ne change. Ils ont voté pour Hollande. " +
      "La Hollande et la Belgique ont voté. Il vit en Hollande.";
    const fr = entitiesByName(`${text} François Hollande a conclu.`, "fr");
    assert.equal(fr.get("François Hollande")?.mentions, 5);
    assert.equal(fr.get("Hollande")?.type, "place");
    assert.equal(fr.get("Hollande")?.mentions, 2);
    // A full name written once may be a misreading ("la Marina Usa"): only the titled mention is the person's.
    const once = entitiesByName(text, "fr");
    assert.equal(once.get("François Hollande")?.mentions, 2);
    // Without a title in the story, the word alone stays the place.
    const untitled = entitiesByName("François Hollande a parlé. Selon Hollande, rien. François Hollande part.", "fr");
    assert.equal(untitled.get("François Hollande")?.mentions, 2);
  });

  it("fr: with no one of that name in the story, or two, the place stays", () => {
    const none = entitiesByName("M. Hollande a parlé à Paris.", "fr");
    assert.equal(none.has("François Hollande"), false);
    const two = entitiesByName("François Hollande et Thomas Hollande ont parlé. M. Hollande a conclu.", "fr");
    assert.equal(two.get("François Hollande")?.mentions, 1);
    assert.equal(two.get("Thomas Hollande")?.mentions, 1);
  });
});
