import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";
import { isGazetteerSpelling, lookupGazetteer, sharesPlaceStem } from "./gazetteer.js";

describe("gazetteer", () => {
  it("fr, en: companies named once are organisations, whatever the language", () => {
    const french = entitiesByName(
      "Nintendo a annoncé mardi une nouvelle console. Le groupe Sony a vendu ses parts. " +
        "Volkswagen et Renault ont signé un accord, selon la Fed.",
      "fr",
    );
    for (const name of ["Nintendo", "Sony", "Volkswagen", "Renault", "Fed"])
      assert.equal(french.get(name)?.type, "organization", name);
    const english = entitiesByName("Shares of Toyota and Samsung fell after the Federal Reserve spoke.", "en");
    for (const name of ["Toyota", "Samsung", "Federal Reserve"]) assert.equal(english.get(name)?.type, "organization");
    // One company under its names in several languages is one entry.
    assert.equal(lookupGazetteer("Federal Reserve")?.id, lookupGazetteer("Réserve fédérale")?.id);
  });

  it("fr, es: capitals outside Europe are places, and so is the name Intl writes in brackets (« Myanmar (Birmanie) »)", () => {
    const stage = entitiesByName(
      "Les ministres réunis à Nouakchott ont appelé Kuala Lumpur et Tegucigalpa. La Birmanie n’a pas répondu.",
      "fr",
    );
    for (const name of ["Nouakchott", "Kuala Lumpur", "Tegucigalpa", "Birmanie"])
      assert.equal(stage.get(name)?.type, "place", name);
    assert.equal(lookupGazetteer("Birmanie")?.id, "MM");
    assert.equal(lookupGazetteer("Birmania")?.id, "MM");
    assert.equal(lookupGazetteer("Puerto Príncipe")?.id, lookupGazetteer("Port-au-Prince")?.id);
  });

  it("fr: states that no longer exist are places (« l'ex-URSS », « la RDA »), and de Gaulle is no Gaul", () => {
    const stage = entitiesByName(
      "Après la chute de l’URSS, l’ex-Yougoslavie et la Tchécoslovaquie ont éclaté. La RDA a rejoint la RFA en 1990. " +
        "Le général de Gaulle avait reconnu la Chine en 1964.",
      "fr",
    );
    for (const name of ["URSS", "Yougoslavie", "Tchécoslovaquie", "RDA", "RFA"])
      assert.equal(stage.get(name)?.type, "place", name);
    assert.equal(lookupGazetteer("Soviet Union")?.id, lookupGazetteer("URSS")?.id);
    assert.ok([...stage.values()].every((entity) => !entity.name.includes("Gaulle") || entity.type !== "place"));
  });

  it("fr: a title beats a place whose name a surname only resembles (« M. Ammann » / Amman)", () => {
    assert.equal(isGazetteerSpelling("AMMAN"), true);
    assert.equal(isGazetteerSpelling("Ammann"), false);
    // The spelling key still meets both (a misspelt place is still found)...
    assert.equal(lookupGazetteer("Ammann")?.id, lookupGazetteer("Amman")?.id);
    // ...but a surname so spelt, with a title, is a person; the capital itself stays a place.
    const stage = entitiesByName(
      "Le président M. Ammann a ouvert la séance. Selon M. Ammann, la ligne sera prolongée.",
      "fr",
    );
    assert.equal(stage.get("Ammann")?.type, "person");
    assert.equal(entitiesByName("Le roi est rentré mardi soir à Amman.", "fr").get("Amman")?.type, "place");
  });

  it("the regions the news names: Palestine is the territories' place, the Middle East one place in every language", () => {
    assert.equal(lookupGazetteer("Palestine")?.id, lookupGazetteer("Territoires palestiniens")?.id);
    assert.equal(lookupGazetteer("Palästina")?.id, lookupGazetteer("Palestine")?.id);
    assert.equal(lookupGazetteer("Nahost")?.id, lookupGazetteer("Moyen-Orient")?.id);
    assert.equal(lookupGazetteer("Middle East")?.id, lookupGazetteer("Oriente Medio")?.id);
    for (const name of ["Balkans", "Sahel", "Maghreb", "Proche-Orient"])
      assert.equal(lookupGazetteer(name)?.type, "place", name);
    // An English county is a place by its suffix, listed or not.
    const found = entitiesByName("La fleur des comtés d'Hertfordshire et de Cambridgeshire.", "fr");
    assert.equal(found.get("Hertfordshire")?.type, "place");
    assert.equal(found.get("Cambridgeshire")?.type, "place");
  });

  it("a capital is not its country because one of its names keys as the country's in another language", () => {
    // Italian "Algeri" (Algiers) and "Tunisi" (Tunis) key as French "Algérie" and "Tunisie".
    for (const [city, country] of [
      ["Alger", "Algérie"],
      ["Tunis", "Tunisie"],
    ] as const) {
      assert.equal(lookupGazetteer(city)?.type, "place", city);
      assert.notEqual(lookupGazetteer(city)?.id, lookupGazetteer(country)?.id, city);
    }
    assert.equal(lookupGazetteer("Algiers")?.id, lookupGazetteer("Alger")?.id);
    const found = entitiesByName("Alger a protesté. L’Algérie a rappelé son ambassadeur. Alger attend.", "fr");
    assert.deepEqual(found.get("Alger")?.variants, ["Alger"]);
    // A country listed under the names the news uses stays that country.
    assert.equal(lookupGazetteer("Fédération de Russie")?.id, lookupGazetteer("Russie")?.id);
  });

  it("fr: a place whose name opens on an article is itself after the article's contraction (« au Caire »)", () => {
    const found = entitiesByName("Le Caire a protesté. Au Caire, la foule a grossi. Du Caire à Alexandrie.", "fr");
    // Named as listed, though the text writes "Caire" more often.
    assert.deepEqual(found.get("Le Caire")?.variants, ["Le Caire", "Caire"]);
    assert.equal(found.get("Le Caire")?.type, "place");
    const havre = entitiesByName("Les dockers du Havre ont voté. Au Havre, le port est bloqué.", "fr");
    assert.equal(havre.get("Havre")?.type, "place");
    assert.equal(havre.get("Havre")?.mentions, 2);
    // Not the first word of a sentence, where only a listed spelling names a place.
    assert.equal(lookupGazetteer("Cap"), undefined);
  });

  it("a river, a mountain or a sea is met only as written: 'le Tour' (the race) is no 'Thur', whose key it shares", () => {
    assert.equal(lookupGazetteer("Thur")?.type, "place");
    assert.equal(lookupGazetteer("Tour"), undefined);
    assert.equal(entitiesByName("Pogacar a gagné le Tour en 2021, puis il a couru à Paris.", "fr").has("Tour"), false);
    assert.equal(entitiesByName("La Thur a débordé près de Wil.", "fr").get("Thur")?.type, "place");
    // A city still meets its other spellings through the key ("Benghazy" is written "Benghazi").
    assert.equal(isGazetteerSpelling("Benghazy"), false);
    assert.equal(lookupGazetteer("Benghazy")?.type, "place");
  });

  it("a people's name is made of its country's or region's, a team's nickname only opens as one does", () => {
    const peoples = ["Kurdes", "Arméniens", "Russians", "Anglais", "Allemands", "Américains", "Saoudiens", "Catalans"];
    for (const word of [...peoples, "Afghans", "Maliens", "Coréens", "Pakistanais", "Basques"])
      assert.equal(sharesPlaceStem(word), true, word);
    // "Roya-ume", "Phil-ippines", "Island-e", "Cub-a", "Terre sainte": no people.
    for (const word of ["Royals", "Phillies", "Islanders", "Cubs", "Saints", "Kings", "Rangers", "Thrashers"])
      assert.equal(sharesPlaceStem(word), false, word);
    const teams = entitiesByName("Il a joué pour les Royals de Kansas City. Les Kurdes de Syrie votent.", "fr");
    assert.equal(teams.get("Royals de Kansas City")?.type, "organization");
    assert.equal(teams.get("Syrie")?.type, "place");
  });

  it("only towns are settlements: a sea, a region or the West is none", () => {
    for (const name of ["Genève", "Kansas City", "Bucureşti", "Nijni Novgorod", "Saint-Denis"])
      assert.equal(lookupGazetteer(name)?.settlement, true, name);
    for (const name of ["Méditerranée", "Occident", "Bavière", "Crimée", "Cisjordanie"]) {
      assert.equal(lookupGazetteer(name)?.type, "place", name);
      assert.equal(lookupGazetteer(name)?.settlement, undefined, name);
    }
  });

  it("an organisation under the spellings of the languages read is one ('Al-Jazira', 'Hizbulá', 'Amnistía')", () => {
    assert.equal(lookupGazetteer("Al-Jazira")?.id, lookupGazetteer("Al Jazeera")?.id);
    assert.equal(lookupGazetteer("Al Djazira")?.type, "organization");
    assert.equal(lookupGazetteer("Hizbulá")?.id, lookupGazetteer("Hezbollah")?.id);
    assert.equal(lookupGazetteer("Amnistía Internacional")?.id, lookupGazetteer("Amnesty International")?.id);
  });

  it("es, en: a listed name opening a sentence is no place when the story writes the word in lower case", () => {
    const spanish = entitiesByName(
      "Cómo Rusia cambió la guerra. El régimen, como siempre, calla. Rusia bombardea.",
      "es",
    );
    assert.equal(spanish.has("Cómo"), false);
    assert.equal(spanish.get("Rusia")?.mentions, 2);
    const english = entitiesByName("Nice to meet you, he said. It was nice. Paris voted.", "en");
    assert.equal(english.has("Nice"), false);
  });

  it("keeps a short abbreviation's doubled letters: the USSR is no USR, a Romanian party", () => {
    assert.equal(lookupGazetteer("USSR")?.type, "place");
    assert.equal(lookupGazetteer("USR")?.type, "organization");
    assert.notEqual(lookupGazetteer("USR")?.id, lookupGazetteer("URSS")?.id);
  });

  it("fr: a département is a place, an outlet an organisation ('Allier : …', 'a indiqué RTL', 'selon Le Parisien')", () => {
    const found = entitiesByName(
      "Allier : 55 personnes évacuées. Le drame a eu lieu en Seine-Saint-Denis, a indiqué RTL, selon Le Parisien. " +
        "Dans le Tarn, le pont a cédé.",
      "fr",
    );
    for (const place of ["Allier", "Seine-Saint-Denis", "Tarn"]) assert.equal(found.get(place)?.type, "place", place);
    for (const outlet of ["RTL", "Le Parisien"]) assert.equal(found.get(outlet)?.type, "organization", outlet);
  });

  it("fr: French-language dailies and the press archives cite are organisations, not a time of day", () => {
    const found = entitiesByName(
      "Le matin même, Le Temps et La Libre Belgique l'annonçaient ; en 1910, le Petit Parisien et l'Ouest-Eclair " +
        "parlaient de grève, comme La Croix.",
      "fr",
    );
    for (const outlet of ["Le Temps", "La Libre Belgique", "Petit Parisien", "Ouest-Eclair", "La Croix"])
      assert.equal(found.get(outlet)?.type, "organization", outlet);
    assert.equal(found.get("Le matin"), undefined);
  });

  it("de: a common noun that opens an outlet's name is no outlet ('Das Bild zeigt', 'Die Welt schaut zu')", () => {
    const found = entitiesByName(
      "Das Bild zeigt den Hafen. Die Welt schaut zu, schreibt die Süddeutsche Zeitung.",
      "de",
    );
    assert.equal(found.get("Bild"), undefined);
    assert.equal(found.get("Die Welt"), undefined);
    assert.equal(found.get("Süddeutsche Zeitung")?.type, "organization");
  });

  it("en, fr: a country's other names are the country ('Britain', 'Grande-Bretagne' are the United Kingdom)", () => {
    const english = entitiesByName("Officials said Britain and the UK agreed. The United Kingdom disagreed.", "en");
    assert.deepEqual(english.get("United Kingdom")?.variants.sort(), ["Britain", "UK", "United Kingdom"]);
    const french = entitiesByName("Le Royaume-Uni et la Grande-Bretagne votent dans le golfe Persique.", "fr");
    assert.ok(french.get("Grande-Bretagne")?.variants.includes("Royaume-Uni"));
    assert.equal(french.get("golfe Persique")?.type, "place");
  });
});
