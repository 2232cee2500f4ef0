import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("names across a particle (joinsAcrossParticle)", () => {
  it("it: 'di', 'da' are prepositions before a listed name's complement or a person's full name", () => {
    const found = entitiesByName(
      "Il Natale di Bashar Assad è triste. La Russia di Putin avanza. Bashar Assad tace. Leonardo da Vinci dipinse.",
      "it",
    );
    assert.equal(found.get("Bashar Assad")?.mentions, 2);
    assert.equal(found.get("Russia")?.type, "place");
    for (const wrong of ["Natale di Bashar Assad", "Russia di Putin"]) assert.ok(!found.has(wrong), wrong);
    assert.equal(found.get("Leonardo da Vinci")?.type, "person");
  });

  it("es: 'el', 'del' before an institution's head or a prize are articles, no particle of a name", () => {
    const found = entitiesByName(
      "Anunció el Ministerio de Defensa que habría tropas. Recibió el Premio Sajarov en 2011. Tobias Schneider del " +
        "Instituto Global habló. Muamar el Gadafi calló.",
      "es",
    );
    assert.deepEqual([...found.keys()].sort(), [
      "Instituto Global",
      "Ministerio de Defensa",
      "Muamar el Gadafi",
      "Tobias Schneider",
    ]);
  });

  it("en: a strong particle still joins a given name that another name word follows ('bin Salman Al Saud')", () => {
    const found = entitiesByName("Mohammed bin Salman Al Saud met Ursula von der Leyen.", "en");
    for (const name of ["Mohammed bin Salman Al Saud", "Ursula von der Leyen"])
      assert.equal(found.get(name)?.type, "person", name);
  });

  it("it, es: 'when' opening a sentence is no first word of a name; towns of the news in Italian", () => {
    const it = entitiesByName("Quando Gheddafi parlò, Bengasi tremò. Il 17 Feb Misurata era calma.", "it");
    assert.ok(!it.has("Quando Gheddafi"));
    for (const place of ["Bengasi", "Misurata"]) assert.equal(it.get(place)?.type, "place", place);
    assert.ok(!it.has("Feb"));
    assert.ok(!entitiesByName("Cuando Gadafi habló, Bengasi calló.", "es").has("Cuando Gadafi"));
  });

  it("de: 'von' after a noun is a preposition, after a given name or a noble title a person's particle", () => {
    const found = entitiesByName(
      "Die Aktie von VW stieg. Otto von Bismarck und Claus Schenk Graf von Stauffenberg wurden genannt.",
      "de",
    );
    assert.equal(found.get("VW")?.type, "organization");
    assert.equal(found.has("Aktie von VW"), false);
    for (const name of ["Otto von Bismarck", "Claus Schenk Graf von Stauffenberg"])
      assert.equal(found.get(name)?.type, "person", name);
  });

  it("pt, es, fr: 'de' joins a surname after a given name and another word ('Marcelo Rebelo de Sousa')", () => {
    assert.equal(
      entitiesByName("O Presidente, Marcelo Rebelo de Sousa, falou.", "pt").get("Marcelo Rebelo de Sousa")?.type,
      "person",
    );
    assert.equal(
      entitiesByName("La vicepresidenta Soraya Sáenz de Santamaría habló.", "es").get("Soraya Sáenz de Santamaría")
        ?.type,
      "person",
    );
    // A listed place after "de" says where the person is from.
    const fr = entitiesByName("Jean Dupont de Lyon a parlé.", "fr");
    assert.equal(fr.get("Lyon")?.type, "place");
  });
});
