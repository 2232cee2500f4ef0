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

  it("de: a noun after a preposition fused with its article ('im Wert', 'Im Mittelpunkt') is no place", () => {
    const found = entitiesByName(
      "Im Mittelpunkt stehe die Hilfe. Deutschland sagte Waffen im Wert von 2,5 Milliarden Euro zu. " +
        "Die Abgeordneten stritten im Bundestag, im Iran wächst die Sorge.",
      "de",
    );
    for (const noun of ["Mittelpunkt", "Wert"]) assert.equal(found.has(noun), false, noun);
    assert.equal(found.get("Iran")?.type, "place");
  });

  it("de: one unlisted word ending as a dative plural after a preposition is no place ('bei Angriffen')", () => {
    const found = entitiesByName(
      "Bei Angriffen starben Zivilisten. Nach Verhandlungen in Dresden und Kiew endete es.",
      "de",
    );
    for (const noun of ["Angriffen", "Verhandlungen"]) assert.equal(found.has(noun), false, noun);
    for (const town of ["Dresden", "Kiew"]) assert.equal(found.get(town)?.type, "place", town);
  });

  it("de: a count, a compound or words after an article are no person by their number of words alone", () => {
    const found = entitiesByName(
      "Deutschland sagte 2,5 Milliarden Euro und 20 Marder-Schützenpanzer zu, darunter Systeme vom Typ Iris. " +
        "Frankreich gab 1,5 Milliarden Euro. Die Nato-Partner erklärten, sie wollten mehr tun. " +
        "Die Nato-Partner kritisierten die Lage. Die Nato-Partner sagten nichts. Die CDU-Fraktion kritisierte den Plan. " +
        "Der Kanzler traf Hans-Dieter Müller-Lüdenscheidt und Andrzej Duda.",
      "de",
    );
    for (const phrase of ["Marder-Schützenpanzer", "Typ Iris", "Nato-Partner"])
      assert.notEqual(found.get(phrase)?.type, "person", phrase);
    assert.equal(found.has("Milliarden Euro"), false);
    assert.equal(found.get("CDU-Fraktion")?.type, "organization");
    assert.equal(found.get("Hans-Dieter Müller-Lüdenscheidt")?.type, "person");
    assert.equal(found.get("Andrzej Duda")?.type, "person");
  });

  it("de: a kind of place before a name says a place and is no part of it; a role ending a compound is the compound's", () => {
    const found = entitiesByName(
      "Bei Angriffen nahe der Stadt Bachmut starben Zivilisten, sagte Nato-Generalsekretär Jens Stoltenberg. " +
        "Der SPD-Politiker Lars Klingbeil reiste auf die Insel Rügen.",
      "de",
    );
    assert.equal(found.get("Bachmut")?.type, "place");
    assert.equal(found.has("Stadt Bachmut"), false);
    assert.equal(found.get("Rügen")?.type, "place");
    assert.equal(found.has("Insel Rügen"), false);
    assert.deepEqual(
      found.get("Jens Stoltenberg")?.roles.map((role) => role.text),
      ["Nato-Generalsekretär"],
    );
    assert.deepEqual(
      found.get("Lars Klingbeil")?.roles.map((role) => role.text),
      ["SPD-Politiker"],
    );
  });

  it("es, fr: one unlisted word after an article is no speaker by its verb ('la Moncloa dijo'), an Arabic particle is", () => {
    const es = entitiesByName(
      "La Moncloa dijo que no habrá cambios. La Zarzuela indicó que el rey viajará. " +
        "Ahmad al Faqi al Mahdi compareció ante la Corte. Al Mahdi dijo que era culpable. El jefe del Ejecutivo dijo que no.",
      "es",
    );
    for (const seat of ["Moncloa", "Zarzuela", "Ejecutivo"]) assert.notEqual(es.get(seat)?.type, "person", seat);
    assert.equal(es.get("Ahmad al Faqi al Mahdi")?.type, "person");
    const fr = entitiesByName("La Place Beauvau a dit non. Le Drian a parlé. La Moncloa a indiqué son refus.", "fr");
    assert.notEqual(fr.get("Moncloa")?.type, "person");
  });

  it("fr: a capitalised word after an article is still a name where nouns are written in lower case", () => {
    const found = entitiesByName("Selon la Sûreté, le Monde a raison, a déclaré Lagarde.", "fr");
    assert.equal(found.get("Lagarde")?.type, "person");
  });
});
