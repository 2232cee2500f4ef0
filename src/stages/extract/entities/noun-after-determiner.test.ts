import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("German nouns after a determiner or a number (isNounAfterDeterminer) and beside a verb of speech", () => {
  it("de: a word nothing names, after an article or a number, is a common noun, not a speaker", () => {
    const found = entitiesByName(
      "Die Polizei sprach von 5000 Teilnehmern. Die Kommission beobachte die Lage, sagte ein Sprecher. " +
        "Die Inflation lag bei 2,4 Prozent, im Vormonat bei zwei Prozent.",
      "de",
    );
    for (const noun of ["Polizei", "Lage", "Prozent", "Teilnehmern"]) assert.equal(found.has(noun), false, noun);
  });

  it("de: names keep their article: a listed country, a party's acronym, a company, a person", () => {
    const found = entitiesByName(
      "Die Schweiz und die SPD kritisierten die Lufthansa. Der Merkel-Vertraute traf die Angela Merkel.",
      "de",
    );
    assert.equal(found.get("Schweiz")?.type, "place");
    assert.equal(found.get("SPD")?.type, "organization");
    assert.equal(found.get("Lufthansa")?.type, "organization");
    assert.equal(found.get("Angela Merkel")?.type, "person");
  });

  it("de: one unlisted word beside a verb of speech is no speaker by that alone ('kündigte Gespräche an')", () => {
    const found = entitiesByName("Bürgermeister Kai Wegner kündigte Gespräche mit der Gewerkschaft an.", "de");
    assert.equal(found.get("Kai Wegner")?.type, "person");
    assert.equal(found.has("Gespräche"), false);
  });

  it("fr: a capitalised word after an article is still a name where nouns are written in lower case", () => {
    const found = entitiesByName("Selon la Sûreté, le Monde a raison, a déclaré Lagarde.", "fr");
    assert.equal(found.get("Lagarde")?.type, "person");
  });
});
