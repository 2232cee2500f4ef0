import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";
import { computeShape } from "./name-shape.js";

describe("what a name's own words say (computeShape)", () => {
  it("a place word of another language opens or closes a place's name", () => {
    for (const name of [
      "Beit Hanoun",
      "Djebel Nefoussa",
      "Sveti Stefan",
      "Lough Neagh",
      "Kranjska Gora",
      "Yangzi Jiang",
    ])
      assert.equal(computeShape(name).place, true, name);
  });

  it("a given name that is also a place word makes no place ('Sierra Boggess', 'Rio Ferdinand', 'Isla Fisher')", () => {
    for (const name of ["Sierra Boggess", "Rio Ferdinand", "Isla Fisher"])
      assert.equal(computeShape(name).place, false, name);
  });

  it("an English county's suffix, a team's nickname and its town", () => {
    assert.equal(computeShape("Hertfordshire").place, true);
    assert.equal(computeShape("Panthers de la Floride").organization, true);
    assert.equal(computeShape("Kurdes de Syrie").organization, false);
  });

  it("a club named after its town: capitalised words before a listed town, or a club's abbreviation first", () => {
    for (const name of [
      "Ajax Amsterdam",
      "Bayern Munich",
      "Feyenoord Rotterdam",
      "Dinamo Bucureşti",
      "Torpedo Nijni Novgorod",
    ])
      assert.equal(computeShape(name).ofTown, true, name);
    // A part of the town, a given name, a town listed as a whole: no club.
    for (const name of ["Greater London", "Downtown Beirut", "Nijni Novgorod", "Jack London", "Whitney Houston"])
      assert.equal(computeShape(name).ofTown, false, name);
    for (const name of ["FC Porto", "PSV Eindhoven", "KV Courtrai", "VfB Stuttgart"])
      assert.equal(computeShape(name).organization, true, name);
    // Two capitals that are also a person's initials open no club.
    assert.equal(computeShape("JB Pritzker").organization, false);
  });

  it("fr: a club of its town is an organisation, unless a cue says a person ('a déclaré Denzel Washington')", () => {
    const found = entitiesByName(
      "L'Ajax Amsterdam a battu le Bayern Munich. « Je suis content », a déclaré Denzel Washington.",
      "fr",
    );
    assert.equal(found.get("Ajax Amsterdam")?.type, "organization");
    assert.equal(found.get("Bayern Munich")?.type, "organization");
    assert.equal(found.get("Denzel Washington")?.type, "person");
  });

  it("de: a name ending on a gate, a square or a cathedral is a place ('Brandenburger Tor')", () => {
    const found = entitiesByName("Sie zogen vom Brandenburger Tor zum Potsdamer Platz, dann zum Kölner Dom.", "de");
    for (const name of ["Brandenburger Tor", "Potsdamer Platz", "Kölner Dom"])
      assert.equal(found.get(name)?.type, "place", name);
  });

  it("a law is nobody: its first word in es, fr, it, ro, 'Act' last in English ('Lei Jun' stays a person)", () => {
    for (const name of ["Ley de Emergencia", "Loi Travail", "Legge Fornero", "Patriot Act"])
      assert.equal(computeShape(name).prizeOrLaw, true, name);
    for (const name of ["Lei Jun", "Ley", "Jude Law"]) assert.equal(computeShape(name).prizeOrLaw, false, name);
    const found = entitiesByName("La Ley de Emergencia sigue vigente, dijo Ahmed Shafik.", "es");
    assert.notEqual(found.get("Ley de Emergencia")?.type, "person");
    assert.equal(found.get("Ahmed Shafik")?.type, "person");
  });

  it("a prize, an award, a trophy or a medal is nobody, whichever end its head word stands at", () => {
    for (const name of ["Premio Nobel", "Nobel Prize", "Prix Goncourt", "Grammy Awards", "Premiul Nobel"])
      assert.equal(computeShape(name).prizeOrLaw, true, name);
    for (const name of ["Alfred Nobel", "Vincent Price", "Premio"])
      assert.equal(computeShape(name).prizeOrLaw, false, name);
    const found = entitiesByName("Recibió el Premio Nobel. El Premio Nobel de Alfred Nobel.", "es");
    assert.notEqual(found.get("Premio Nobel")?.type, "person");
    assert.equal(found.get("Alfred Nobel")?.type, "person");
  });

  it("de: a place, a hyphen and a noun of what happens there is a thing, no place and no one ('Ukraine-Krise')", () => {
    assert.equal(computeShape("Ukraine-Krise").placeThing, true);
    assert.equal(computeShape("Ukraine-Krise").place, false);
    assert.equal(computeShape("Russland-Sanktionen").placeThing, true);
    assert.equal(computeShape("Berlin-Mitte").place, true);
    const found = entitiesByName("Die Ukraine-Krise dauert an. Die Ukraine-Krise belastet Berlin-Mitte.", "de");
    assert.equal(found.get("Ukraine-Krise")?.type, "other");
    assert.equal(found.get("Berlin-Mitte")?.type, "place");
  });

  it("en: a company's name ends on its industry ('Sun Microsystems', 'General Mills', 'XCOR Aerospace')", () => {
    for (const name of ["Sun Microsystems", "General Mills", "XCOR Aerospace", "DC Comics", "Tyrrell Racing"]) {
      assert.equal(computeShape(name).organization, true, name);
    }
    assert.equal(computeShape("English Channel").organization, false);
    // Then a legal form or a code in capitals ("NA", "FSB", "KK", a fund's "II"); not a person's initials.
    for (const name of ["Chase Manhattan Bank NA", "Lincoln Savings Bank FSB", "ML Venture Partners II"])
      assert.equal(computeShape(name).organization, true, name);
    assert.equal(computeShape("John F. Kennedy JR").organization, false);
  });

  it("a listed organisation's name, as written, opening a longer one makes an organisation ('France Bleu Drôme-Ardèche')", () => {
    assert.equal(computeShape("France Bleu Drôme-Ardèche").organization, true);
    assert.equal(computeShape("Volvo Cars").organization, true);
    // "Elise" only meets "Élysée" by its spelling key; a party before a person's name is run into it.
    assert.equal(computeShape("Elise Puget").organization, false);
    assert.equal(computeShape("LR Rachida Dati").organization, false);
  });
});
