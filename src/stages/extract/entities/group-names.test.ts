import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("groupNames", () => {
  it("en: two people whose surnames are one letter apart stay two (Ronald Reagan, Donald Regan)", () => {
    const found = entitiesByName(
      "President Ronald Reagan met White House Chief of Staff Donald Regan on Monday. Reagan spoke first. " +
        "Regan said little. Reagan left at noon.",
      "en",
    );
    assert.ok(found.get("Ronald Reagan")?.variants.includes("Reagan"));
    assert.equal(found.get("Ronald Reagan")?.variants.includes("Regan"), false);
    const regan = [...found.values()].find((entity) => entity.variants.includes("Regan"));
    assert.match(regan?.name ?? "", /Donald Regan$/);
  });

  it("es: one given name and close surnames are one person only when the middle names agree too (Salehi, Saleh)", () => {
    const found = entitiesByName(
      "El ministro iraní Alí Akbar Salehí visitó al presidente Ali Abdullah Saleh, a quien otros llaman Ali Abdallah " +
        "Saleh. Vladimir Putin, o Vladimir Purtin, no vino.",
      "es",
    );
    assert.deepEqual(found.get("Alí Akbar Salehí")?.variants, ["Alí Akbar Salehí"]);
    const withVariant = (name: string) => [...found.values()].find((entity) => entity.variants.includes(name));
    assert.ok(withVariant("Ali Abdullah Saleh")?.variants.includes("Ali Abdallah Saleh"));
    assert.ok(withVariant("Vladimir Putin")?.variants.includes("Vladimir Purtin"));
  });

  it("it: a given name transliterated with other vowels is one person's; a given name's last vowel tells two", () => {
    const found = entitiesByName(
      "Il generale Abdul Fatah Khalil Al-Sisi ha parlato. Secondo Abdel Fattah Al Sisi, Sisi resterà. " +
        "Carlo Rossi e Carla Rossi sono arrivati insieme.",
      "it",
    );
    const sisi = [...found.values()].find((entity) => entity.variants.includes("Abdel Fattah Al Sisi"));
    assert.deepEqual(sisi?.variants.sort(), ["Abdel Fattah Al Sisi", "Abdul Fatah Khalil Al-Sisi", "Sisi"]);
    assert.deepEqual(found.get("Carlo Rossi")?.variants, ["Carlo Rossi"]);
    assert.deepEqual(found.get("Carla Rossi")?.variants, ["Carla Rossi"]);
  });

  it("fr: a canton or a principality named with its head and alone is one place, its head part of the name", () => {
    const found = entitiesByName(
      "Le canton de Vaud a voté la loi. Vaud est le premier à le faire, avant le canton de Genève. " +
        "La principauté de Monaco n'a rien dit, et Monaco attend.",
      "fr",
    );
    assert.equal(found.get("Vaud")?.type, "place");
    assert.deepEqual(found.get("Vaud")?.variants.sort(), ["Vaud", "canton de Vaud"]);
    assert.equal(found.get("Vaud")?.mentions, 2);
    assert.equal(found.get("canton de Genève")?.type, "place");
    assert.deepEqual(found.get("Monaco")?.variants.sort(), ["Monaco", "principauté de Monaco"]);
  });

  it("es: the surname of two people of the story is a person of its own, neither of them", () => {
    const found = entitiesByName(
      "Saif el Islam el Gadafi habló ayer. Muamar el Gadafi también. Pero Gadafi atacó Bengasi y Gadafi calló.",
      "es",
    );
    assert.equal(found.get("Gadafi")?.type, "person");
    assert.equal(found.get("Gadafi")?.mentions, 2);
    assert.equal(found.get("Muamar el Gadafi")?.mentions, 1);
  });

  it("fr: one name transliterated two ways by two outlets is one person (Kadhafi, Khadafi)", () => {
    const found = entitiesByName(
      "Les forces de Kadhafi ont reculé à Brega. Un porte-parole de Khadafi a démenti mardi. Kadhafi reste à Tripoli.",
      "fr",
    );
    assert.deepEqual(found.get("Kadhafi")?.variants, ["Kadhafi", "Khadafi"]);
    assert.equal(found.get("Kadhafi")?.mentions, 3);
  });

  it("fr: a capitalised word one transliteration pair from a listed place is no misspelling of it", () => {
    // "Charte" keys as "sarte" (ch → s), one letter from "Syrte" ("sirte"); written, they are two letters apart.
    const found = entitiesByName(
      "Les combats se poursuivent à Syrte, a dit le porte-parole. La Charte de l’ONU le permet, dit Paris. " +
        "La Charte est claire. Syrte reste encerclée et Syrthe est bombardée.",
      "fr",
    );
    assert.deepEqual(found.get("Syrte")?.variants, ["Syrte", "Syrthe"]);
    assert.equal(found.get("Charte")?.variants.includes("Syrte") ?? false, false);
  });

  it("fr: a town GeoNames lists is no misspelling of a surname one transliteration pair away (Chartres, Sartre)", () => {
    // "Chartres" keys as "sartres" (ch → s), one letter from "sartre"; written, they are three letters apart.
    const found = entitiesByName(
      "Jean-Paul Sartre a écrit ce livre. Il vivait à Chartres. Sartre est mort en 1980. Chartres est belle.",
      "fr",
    );
    assert.deepEqual(found.get("Jean-Paul Sartre")?.variants, ["Jean-Paul Sartre", "Sartre"]);
    assert.equal(found.get("Chartres")?.type, "place");
    // A town written another way, close as written, is still the town; one letter is no misspelling of another town.
    const tajoura = entitiesByName(
      "I ribelli sono entrati a Tajoura lunedì. A Tagiura, la gente festeggiava. Poi hanno preso Tajoura e Foggia. " +
        "Enrico La Loggia ha parlato. La Loggia ha taciuto.",
      "it",
    );
    assert.deepEqual(tajoura.get("Tajoura")?.variants, ["Tajoura", "Tagiura"]);
    assert.equal(tajoura.get("Enrico La Loggia")?.variants.includes("Foggia"), false);
  });

  it("it: a lone surname goes to the namesake written in full far more often than the others together", () => {
    const found = entitiesByName(
      "Muammar Gheddafi ha parlato ieri a Tripoli. Muammar Gheddafi ha minacciato i ribelli. " +
        "Secondo Muammar Gheddafi la guerra continua. Il figlio Saif Gheddafi tace. Gheddafi resiste, e Gheddafi attacca.",
      "it",
    );
    assert.equal(found.get("Muammar Gheddafi")?.mentions, 5);
    assert.ok(found.get("Muammar Gheddafi")?.variants.includes("Gheddafi"));
    assert.equal(found.get("Saif Gheddafi")?.mentions, 1);
  });

  it("en: a full name with a middle name is the same person, one with a middle initial may not be", () => {
    const found = entitiesByName(
      "Barack Hussein Obama took the oath. Barack Obama then spoke. George W. Bush watched; George Bush Sr. did not.",
      "en",
    );
    assert.deepEqual(found.get("Barack Hussein Obama")?.variants, ["Barack Hussein Obama", "Barack Obama"]);
    assert.equal(found.get("George W. Bush")?.variants.includes("George Bush") ?? false, false);
  });

  it("fr: two short names one letter apart are two people unless the letters sound alike", () => {
    const found = entitiesByName(
      "Anouar el-Sadate fut assassiné en 1981. Saddam Hussein l’a salué. Sadat et Saddam ne se sont jamais vus. " +
        "Morsi a parlé, Mursi a tranché, Mohamed Morsi est parti.",
      "fr",
    );
    for (const entity of found.values())
      assert.ok(!(entity.variants.includes("Sadat") && entity.variants.includes("Saddam")), entity.name);
    // Two people, each titled: still two.
    const titled = entitiesByName("President Sadat spoke. President Saddam answered. Sadat left, Saddam stayed.", "en");
    assert.deepEqual(titled.get("Sadat")?.variants, ["Sadat", "President Sadat"]);
    assert.deepEqual(found.get("Mohamed Morsi")?.variants.sort(), ["Mohamed Morsi", "Morsi", "Mursi"]);
  });

  it("es: a person named in full a few times and bare many more is still a person, whatever the mentions' count", () => {
    const bare = Array.from({ length: 20 }, (_, k) => `Los tanques de Gadafi avanzaron ${k + 1} kilómetros.`).join(" ");
    const found = entitiesByName(`El líder libio Muamar el Gadafi habló ayer en Trípoli. ${bare}`, "es");
    const gadafi = found.get("Muamar el Gadafi");
    assert.equal(gadafi?.type, "person");
    assert.equal(gadafi?.mentions, 21);
  });

  it("fr: a compound given name joins the one full name of its family ('Saïf al-Islam' / 'Seif el-Islam Kadhafi')", () => {
    const found = entitiesByName(
      "Mouammar Kadhafi a parlé. Seif el-Islam Kadhafi, son fils, a répondu. Saïf al-Islam a fui vers le sud. " +
        "Kadhafi est resté à Tripoli. Seïf al-Islam a été arrêté. Maria Grazia Labellarte a écrit. " +
        "Maria Grazia Labellarte Fonte : AFP.",
      "fr",
    );
    const son = found.get("Seif el-Islam Kadhafi");
    assert.deepEqual(son?.variants.sort(), ["Saïf al-Islam", "Seif el-Islam Kadhafi", "Seïf al-Islam"]);
    assert.equal(son?.type, "person");
    // The father keeps his own name; two capitalised words are no compound given name.
    assert.ok(found.get("Mouammar Kadhafi")?.variants.includes("Mouammar Kadhafi"));
    assert.ok(!found.get("Maria Grazia Labellarte")?.variants.includes("Maria Grazia Labellarte Fonte"));
  });

  it("fr: a word opening a sentence, or a given name, is no misspelling of a listed place ('Grâce à' / Grèce)", () => {
    const found = entitiesByName(
      "La France a voté. Fiancé avec une jeune fille, il vit à Paris. Grâce à la Grèce, le plan passe. " +
        "Abraham et son fils Ismaël sont en Israël.",
      "fr",
    );
    assert.deepEqual(found.get("France")?.variants, ["France"]);
    assert.deepEqual(found.get("Grèce")?.variants, ["Grèce"]);
    assert.deepEqual(found.get("Israël")?.variants, ["Israël"]);
    assert.equal(found.get("Ismaël")?.type, "person");
  });

  it("pt, es: the last words of one full name are that person ('Campos Neto', 'López Obrador')", () => {
    const pt = entitiesByName(
      "O presidente do Banco Central, Roberto Campos Neto, falou. Campos Neto defendeu a autonomia. " +
        "O primeiro-ministro, Marcelo Rebelo de Sousa, ouviu. Rebelo de Sousa não respondeu.",
      "pt",
    );
    assert.ok(pt.get("Roberto Campos Neto")?.variants.includes("Campos Neto"));
    assert.ok(pt.get("Marcelo Rebelo de Sousa")?.variants.includes("Rebelo de Sousa"));
    // The name a person goes by, before the particle of the full name ("Lula" of "Luiz Inácio Lula da Silva").
    const lula = entitiesByName("O presidente Luiz Inácio Lula da Silva viajou. Lula disse que sim.", "pt");
    assert.ok(lula.get("Luiz Inácio Lula da Silva")?.variants.includes("Lula"));
    const es = entitiesByName("Andrés Manuel López Obrador habló en México. López Obrador se fue.", "es");
    assert.ok(es.get("Andrés Manuel López Obrador")?.variants.includes("López Obrador"));
    // Not a part that opens on a given name, nor one a longer run of capitals holds ("Gobierno de …").
    const two = entitiesByName("José Maria Silva chegou. Maria Silva saiu.", "pt");
    assert.ok(!two.get("José Maria Silva")?.variants.includes("Maria Silva"));
    // The word before a particle is a surname too, unless a given name ("Giscard"; not "Marie" of Jean-Marie Le Pen).
    const fr = entitiesByName(
      "Valéry Giscard d’Estaing a parlé. Giscard a ri. Jean-Marie Le Pen et Marie sont venus.",
      "fr",
    );
    assert.ok(fr.get("Valéry Giscard d’Estaing")?.variants.includes("Giscard"));
    assert.ok(!fr.get("Jean-Marie Le Pen")?.variants.includes("Marie"));
    // Nor when another name ends with it: words ran into that one after its particle.
    const it = entitiesByName(
      "Luciano Sardelli ha scritto. Luciano Sardelli di Pt ha firmato. Luciano Sardelli di Popolo anche. Sardelli ride.",
      "it",
    );
    assert.ok(it.get("Luciano Sardelli")?.variants.includes("Sardelli"));
    const run = entitiesByName("El Gobierno de Bashar Al Asad calló. Bashar Al Asad habló. Al Asad se fue.", "es");
    assert.notEqual(run.get("Bashar Al Asad")?.variants.includes("Gobierno de Bashar Al Asad"), true);
  });
});
