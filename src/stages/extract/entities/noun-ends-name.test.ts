import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("a German noun before a name (nounEndsName)", () => {
  it("de: a noun of a kind, then a listed organisation or an acronym, are a noun and a name", () => {
    const found = entitiesByName(
      "Kremlsprecher Dmitri Peskow sagte der Nachrichtenagentur Interfax, die Lokführergewerkschaft GDL streike.",
      "de",
    );
    assert.equal(found.get("Interfax")?.type, "organization");
    assert.equal(found.get("GDL")?.type, "organization");
    assert.equal(found.has("Nachrichtenagentur Interfax"), false);
    assert.equal(found.has("Lokführergewerkschaft GDL"), false);
    const rival = entitiesByName("Der Rivale Siemens schwieg, die Deutsche Telekom auch.", "de");
    assert.equal(rival.get("Siemens")?.type, "organization");
    assert.equal(rival.get("Deutsche Telekom")?.type, "organization");
  });

  it("de: a club, a bank and a listed region before a town stay one name", () => {
    const found = entitiesByName(
      "Hertha BSC verlor gegen den FC Bayern München. Die Deutsche Bank und die Deutsche Telekom schwiegen.",
      "de",
    );
    assert.equal(found.has("Hertha BSC"), true);
    assert.equal(found.get("Bayern München")?.type, "organization");
    assert.equal(found.get("Deutsche Bank")?.type, "organization");
  });

  it("de: a listed place in the genitive ends its name: whose the function after it is", () => {
    const found = entitiesByName(
      "Dortmunds Sportdirektor Sebastian Kehl sagte, man habe Fehler gemacht. Dortmund verlor.",
      "de",
    );
    assert.equal(found.get("Sebastian Kehl")?.type, "person");
    assert.equal(found.get("Dortmund")?.type, "place");
    assert.equal(found.has("Dortmunds Sportdirektor Sebastian Kehl"), false);
  });

  it("de: a place's adjective qualifies the noun after it: an institution, a place, or no name of anyone", () => {
    const found = entitiesByName(
      "Der Berliner Senat tagte. Die Münchner Polizei ermittelt. Am Genfer See ist es kalt. Nach dem Genfer Treffen reisten sie ab.",
      "de",
    );
    assert.equal(found.get("Berliner Senat")?.type, "organization");
    assert.equal(found.get("Münchner Polizei")?.type, "organization");
    assert.equal(found.get("Genfer See")?.type, "place");
    // A meeting named after its town is nobody.
    assert.notEqual(found.get("Genfer Treffen")?.type, "person");
  });
});
