import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("organisation head words", () => {
  it("es, it: an observatory, a front, a guard or a league is an organisation, its name whole", () => {
    const es = entitiesByName(
      "Según el Observatorio Sirio de Derechos Humanos, murieron 20 personas. El Frente al Nusra lo negó. " +
        "La Guardia Revolucionaria respondió.",
      "es",
    );
    for (const name of ["Observatorio Sirio de Derechos Humanos", "Frente al Nusra", "Guardia Revolucionaria"])
      assert.equal(es.get(name)?.type, "organization", name);
    assert.equal(es.has("Derechos Humanos"), false);
    const it_ = entitiesByName("Secondo l'Osservatorio Siriano, la Lega Araba e la Polizia Stradale tacciono.", "it");
    for (const name of ["Osservatorio Siriano", "Lega Araba", "Polizia Stradale"])
      assert.equal(it_.get(name)?.type, "organization", name);
  });

  it("ro: a presidency's administration, a town hall, a prosecutor's office head their names, in the genitive too", () => {
    const found = entitiesByName(
      "Potrivit Administrației Prezidențiale, vizita a durat cinci ore. Primăria Capitalei a anunțat lucrări.",
      "ro",
    );
    for (const name of ["Administrației Prezidențiale", "Primăria Capitalei"])
      assert.equal(found.get(name)?.type, "organization", name);
  });

  it("es, it, pt, ro: an institution's name runs through 'para', 'per', 'degli', 'das', 'pentru' to the names after", () => {
    const cases: [string, string, string][] = [
      [
        "es",
        "La Organización para la Prohibición de las Armas Químicas lo confirmó.",
        "Organización para la Prohibición de las Armas Químicas",
      ],
      ["es", "El Consejo General del Poder Judicial lo negó.", "Consejo General del Poder Judicial"],
      ["it", "Il Ministero degli Esteri ha risposto.", "Ministero degli Esteri"],
      ["it", "Il Ministero per i Beni Culturali ha risposto.", "Ministero per i Beni Culturali"],
      ["pt", "O Ministério das Relações Exteriores confirmou.", "Ministério das Relações Exteriores"],
      [
        "ro",
        "Potrivit Inspectoratului General pentru Situații de Urgență, nu sunt victime.",
        "Inspectoratului General pentru Situații de Urgență",
      ],
      ["ro", "Rezultatele au fost anunțate luni de Biroul Electoral Central.", "Biroul Electoral Central"],
    ];
    for (const [language, text, name] of cases)
      assert.equal(entitiesByName(text, language).get(name)?.type, "organization", `${language}: ${name}`);
    // A clause after such a link is no part of the name ("la Camera per votare").
    assert.equal(
      entitiesByName("Il governo chiede alla Camera per votare la fiducia.", "it").has("Camera per votare"),
      false,
    );
  });

  it("en: a museum or a gallery heads its name across 'of' ('Museum of Modern Art' was the person 'Modern Art')", () => {
    const found = entitiesByName("The Museum of Modern Art and the National Gallery of Art lent works.", "en");
    assert.equal(found.get("Museum of Modern Art")?.type, "organization");
    assert.equal(found.get("National Gallery of Art")?.type, "organization");
    assert.equal(found.has("Modern Art"), false);
  });

  it("en: a name ending on an institution's word is an organisation, English putting its head last", () => {
    const found = entitiesByName(
      "ABC Television said the Israel Defense Forces fired on a school of the Relief and Works Agency. " +
        "The Labour Party and Siemens AG agreed. Gunness, of the UN Security Council, spoke. John House was there.",
      "en",
    );
    for (const name of [
      "ABC Television",
      "Israel Defense Forces",
      "Relief and Works Agency",
      "Labour Party",
      "Siemens AG",
    ])
      assert.equal(found.get(name)?.type, "organization", name);
    assert.equal(found.get("John House")?.type, "person");
  });

  it("en: the Gaza Strip's towns are places, its factions and the Red Crescent organisations", () => {
    const found = entitiesByName(
      "Shells fell on Khan Younis and Jabaliya. Islamic Jihad and Fatah blamed each other, the Red Crescent said.",
      "en",
    );
    for (const name of ["Khan Younis", "Jabaliya"]) assert.equal(found.get(name)?.type, "place", name);
    for (const name of ["Islamic Jihad", "Fatah", "Red Crescent"])
      assert.equal(found.get(name)?.type, "organization", name);
  });

  it("de: an institution's kind opens or ends its name, declined or in a compound", () => {
    const found = entitiesByName(
      "Der Präsident des Bundesverbandes der Deutschen Industrie sprach. Nach Angaben des Statistischen Bundesamtes " +
        "fiel die Aktie an der Frankfurter Börse. Der Sender Sky berichtete.",
      "de",
    );
    for (const name of ["Bundesverbandes der Deutschen Industrie", "Statistischen Bundesamtes", "Frankfurter Börse"])
      assert.equal(found.get(name)?.type, "organization", name);
    assert.equal(found.has("Deutschen Industrie"), false);
  });

  it("ro: heads in the genitive, the genitive article before a name, 'de la' a place's preposition", () => {
    const found = entitiesByName(
      "Guvernul României a adoptat măsura, potrivit Ministerului de Externe de la Moscova. " +
        "Banca Națională a României estimează o scădere.",
      "ro",
    );
    for (const name of ["Guvernul României", "Ministerului de Externe", "Banca Națională a României"])
      assert.equal(found.get(name)?.type, "organization", name);
    assert.equal(found.has("Guvernul României a adoptat"), false);
  });

  it("pt: a parliament's chambers open institutions' names ('Congresso Nacional', 'Câmara dos Deputados')", () => {
    const found = entitiesByName(
      "O texto foi enviado ao Congresso Nacional. A Câmara dos Deputados votou e o Senado Federal aprovou.",
      "pt",
    );
    for (const name of ["Congresso Nacional", "Câmara dos Deputados", "Senado Federal"])
      assert.equal(found.get(name)?.type, "organization", name);
  });

  it("fr, it: a stage and its company are organisations, no person ('Théâtre du Châtelet', 'Opéra-Comique')", () => {
    const french = entitiesByName(
      "La pièce passe au Théâtre du Châtelet, puis à l'Opéra-Comique et à la Comédie-Française.",
      "fr",
    );
    for (const name of ["Théâtre du Châtelet", "Opéra-Comique", "Comédie-Française"])
      assert.equal(french.get(name)?.type, "organization", name);
    const italian = entitiesByName("La prima si terrà al Teatro Regio di Torino a dicembre.", "it");
    assert.equal(italian.get("Teatro Regio di Torino")?.type, "organization");
  });

  it("es, it, pt: a government is an organisation, whoever it governs ('Gobierno de Hong Kong', 'Governo Meloni')", () => {
    const spanish = entitiesByName(
      "El Gobierno de Hong Kong anunció medidas. El Gobierno de Hong Kong dijo que no.",
      "es",
    );
    assert.equal(spanish.get("Gobierno de Hong Kong")?.type, "organization");
    const italian = entitiesByName("Il Governo Meloni ha approvato il decreto. Il Governo Meloni cadrà?", "it");
    assert.equal(italian.get("Governo Meloni")?.type, "organization");
    const portuguese = entitiesByName("O Governo Federal anunciou cortes. O Governo Federal nega.", "pt");
    assert.equal(portuguese.get("Governo Federal")?.type, "organization");
  });

  it("en: a head that ends a name takes its complement ('Industrial Bank of Japan Ltd', 'Chicago Board of Trade')", () => {
    const found = entitiesByName(
      "Shares of the Industrial Bank of Japan Ltd rose, the National Bank of Greece fell and the Chicago Board of " +
        "Trade closed early, Peter Smith of Chicago said.",
      "en",
    );
    for (const name of ["Industrial Bank of Japan Ltd", "National Bank of Greece", "Chicago Board of Trade"])
      assert.equal(found.get(name)?.type, "organization", name);
    assert.equal(found.get("Peter Smith")?.type, "person");
    assert.equal(found.get("Chicago")?.type, "place");
  });

  it("it, es, pt: courts, prosecutors, embassies and offices are organisations ('Corte Costituzionale' was a person)", () => {
    const it_ = entitiesByName(
      "Il presidente della Corte Costituzionale ha giurato. Indagano la Procura di Agrigento e il Tribunale di Palermo.",
      "it",
    );
    for (const name of ["Corte Costituzionale", "Procura di Agrigento", "Tribunale di Palermo"])
      assert.equal(it_.get(name)?.type, "organization", name);
    const es = entitiesByName("La Embajada de Egipto y la Fiscalía de la Audiencia Nacional callaron.", "es");
    for (const name of ["Embajada de Egipto", "Fiscalía de la Audiencia Nacional"])
      assert.equal(es.get(name)?.type, "organization", name);
    const pt = entitiesByName("A Associação Portuguesa de Bancos e a Procuradoria-Geral responderam.", "pt");
    assert.equal(pt.get("Associação Portuguesa de Bancos")?.type, "organization");
  });
});
