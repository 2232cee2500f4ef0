import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { genevaFixtureDocs, makeAnalyzedArticle, testArticleId } from "../../../../test/support/analyzed-article.js";
import type { AnalyzedArticle } from "../../../domain/index.js";
import { extractEntities } from "../entities/index.js";
import { extractQuotes, findQuotedSpans } from "./index.js";

function analyzed(id: number, text: string, language: string): AnalyzedArticle {
  return makeAnalyzedArticle(text, { id: testArticleId(id), language });
}

function quotesOf(text: string, language: string) {
  const docs = [analyzed(1, text, language)];
  return extractQuotes(docs, extractEntities(docs));
}

const docs = genevaFixtureDocs();
const quotes = extractQuotes(docs, extractEntities(docs));

describe("extractQuotes on geneva-2022-01", () => {
  it("groups Blinken's « unie, rapide… » across three articles", () => {
    const quote = quotes.find((candidate) =>
      candidate.variants.some((variant) => variant.text === "unie, rapide et sévère"),
    );
    assert.equal(quote?.speaker, "Antony Blinken");
    assert.deepEqual(quote?.variants.map((variant) => variant.text).sort(), [
      "unie, rapide et ferme",
      "unie, rapide et sévère",
      "unifiée, rapide et dure",
    ]);
    assert.deepEqual(quote?.variants.map((variant) => variant.speakerMention).sort(), [
      "Blinken",
      "Ce dernier",
      "Le secrétaire d’État américain",
    ]);
    assert.equal(quotes[0], quote);
  });

  it("attributes « Nos propositions sont très concrètes… » to Sergueï Lavrov", () => {
    const quote = quotes.find((candidate) => candidate.text.startsWith("Nos propositions sont très concrètes"));
    assert.equal(quote?.speaker, "Sergueï Lavrov");
    assert.equal(quote?.variants[0]?.speakerMention, "M. Lavrov");
  });

  it("resolves roles and pronouns to the named speaker", () => {
    const byText = (start: string) => quotes.find((quote) => quote.text.startsWith(start));
    assert.equal(byText("Nous n’attendons pas de progrès")?.speaker, "Sergueï Lavrov");
    assert.equal(byText("Après l’occupation et l’annexion")?.speaker, "Volodymyr Zelenskiy");
    assert.equal(byText("à une percée")?.speaker, "Sergueï Lavrov");
    assert.equal(byText("Le fait que nous observions")?.speaker, null);
  });

  it("gives a quote in an opening participial clause to the main clause's subject", () => {
    // « Exprimant l’espoir que ces discussions … une « réduction de l’émotion » concernant …, M. Lavrov a … souligné »
    const quote = quotes.find((candidate) => candidate.text === "réduction de l’émotion");
    assert.equal(quote?.speaker, "Sergueï Lavrov");
    assert.equal(quote?.variants[0]?.speakerMention, "M. Lavrov");
  });

  it("does not take who is spoken to for the speaker (« reproché à l’OTAN de considérer l’Ukraine comme « … » »)", () => {
    const quote = quotes.find((candidate) => candidate.text === "appartenant à sa zone d’influence");
    assert.equal(quote?.speaker, "Sergueï Lavrov");
  });

  it("keeps every variant verbatim", () => {
    const texts = new Map(docs.map((doc) => [doc.article.id, doc.article.text]));
    for (const quote of quotes)
      for (const variant of quote.variants)
        assert.equal(texts.get(variant.articleId)!.slice(variant.start, variant.end), variant.text);
  });
});

describe("findQuotedSpans", () => {
  it("finds guillemets, curly and straight quotes, outermost only, without the marks", () => {
    const text = 'Il a dit « non, “jamais” ». She said "yes" and “maybe”.';
    assert.deepEqual(
      findQuotedSpans(text).map((span) => text.slice(span.start, span.end)),
      ["non, “jamais”", "yes", "maybe"],
    );
  });

  it("reads dialogue dashes when asked", () => {
    const text = "Il entra.\n— Je viens, dit-il.\n— Bien.";
    assert.deepEqual(
      findQuotedSpans(text, { dialogueDashes: true }).map((span) => text.slice(span.start, span.end)),
      ["Je viens, dit-il.", "Bien."],
    );
  });
});

describe("extractQuotes across languages", () => {
  it('en: "…," X said, and he said', () => {
    const quotes = quotesOf(
      'Foreign Minister Sergei Lavrov spoke in Geneva. "We expect answers," Lavrov said. "Nothing else matters," he added.',
      "en",
    );
    assert.deepEqual(
      quotes.map((quote) => [quote.text, quote.speaker]),
      [
        // The comma English puts inside the marks punctuates the report, not the words said.
        ["We expect answers", "Sergei Lavrov"],
        ["Nothing else matters", "Sergei Lavrov"],
      ].sort((a, b) => b[0]!.length - a[0]!.length),
    );
  });

  it("es: «…», dijo el presidente", () => {
    const quotes = quotesOf("El presidente Pedro Sánchez visitó Madrid. «Vamos a ganar», dijo el presidente.", "es");
    assert.equal(quotes[0]?.speaker, "Pedro Sánchez");
    assert.equal(quotes[0]?.variants[0]?.speakerMention, "el presidente");
  });

  it("de: „…“, sagte X", () => {
    const quotes = quotesOf("Bundeskanzler Olaf Scholz war in Berlin. „Wir bleiben standhaft“, sagte Scholz.", "de");
    assert.equal(quotes[0]?.speaker, "Olaf Scholz");
    // A role's holder is the person right after it, not one named in the next sentence.
    const two = quotesOf(
      "„Wir erwarten keine Fortschritte“, sagte der russische Außenminister Sergej Lawrow. Bundeskanzler Olaf Scholz sprach.",
      "de",
    );
    assert.equal(two[0]?.speaker, "Sergej Lawrow");
  });

  it("it: X ha detto che «…»", () => {
    const quotes = quotesOf("Mario Draghi ha detto che «la situazione è grave» a Roma.", "it");
    assert.equal(quotes[0]?.speaker, "Mario Draghi");
  });

  it("pt: segundo X, «…»", () => {
    const quotes = quotesOf("Segundo António Costa, «o país está preparado».", "pt");
    assert.equal(quotes[0]?.speaker, "António Costa");
  });

  it("ro: „…”, a spus X", () => {
    const quotes = quotesOf("Klaus Iohannis a vizitat Bucureștiul. „Suntem pregătiți”, a spus Klaus Iohannis.", "ro");
    assert.equal(quotes[0]?.speaker, "Klaus Iohannis");
  });

  it("opening participial clauses: the main clause's subject says the quote, when a speech verb follows it", () => {
    const speakerOf = (text: string, language: string) => quotesOf(text, language)[0]?.speaker ?? null;
    const lead: Record<string, string> = {
      en: "Foreign Minister Sergei Lavrov met Antony Blinken in Geneva on Friday. ",
      fr: "Le ministre Sergueï Lavrov a rencontré Antony Blinken à Genève vendredi. ",
      es: "El ministro Serguéi Lavrov se reunió con Antony Blinken en Ginebra. ",
      it: "Il ministro Sergej Lavrov ha incontrato Antony Blinken a Ginevra. ",
      pt: "O ministro Serguei Lavrov reuniu-se com Antony Blinken em Genebra. ",
      ro: "Ministrul Serghei Lavrov s-a întâlnit cu Antony Blinken la Geneva. ",
    };
    const cases: [string, string, string][] = [
      [
        "en",
        "Describing the talks as “useful” for both sides and for the security of Europe, Lavrov said Russia posed no threat.",
        "Sergei Lavrov",
      ],
      [
        "fr",
        "En qualifiant les discussions d’« utiles » pour les deux parties et pour la sécurité européenne, M. Lavrov a assuré que la Russie ne menaçait personne.",
        "Sergueï Lavrov",
      ],
      [
        "es",
        "Calificando las conversaciones de «útiles» para ambas partes y para la seguridad europea, Lavrov afirmó que Rusia no amenaza a nadie.",
        "Serguéi Lavrov",
      ],
      [
        "it",
        "Definendo i colloqui «utili» per entrambe le parti e per la sicurezza europea, Lavrov ha affermato che la Russia non minaccia nessuno.",
        "Sergej Lavrov",
      ],
      [
        "pt",
        "Classificando as conversas como «úteis» para ambas as partes e para a segurança europeia, Lavrov afirmou que a Rússia não ameaça ninguém.",
        "Serguei Lavrov",
      ],
      [
        "ro",
        "Calificând discuțiile drept „utile” pentru ambele părți și pentru securitatea europeană, Lavrov a declarat că Rusia nu amenință pe nimeni.",
        "Serghei Lavrov",
      ],
    ];
    for (const [language, sentence, speaker] of cases)
      assert.equal(speakerOf(lead[language]! + sentence, language), speaker, `${language}: ${sentence}`);
    // Not a participle ("pendant"), no speech verb after the subject ("est arrivé"): no speaker from the rule.
    for (const sentence of [
      "Pendant la réunion « historique » des deux délégations au bord du lac Léman, M. Lavrov a déclaré que rien ne changeait.",
      "Exprimant l’espoir d’une « réduction de l’émotion » autour de l’Ukraine et de ses voisins, M. Lavrov est arrivé vendredi.",
    ])
      assert.equal(speakerOf(lead.fr + sentence, "fr"), null, sentence);
  });

  it("a name after a preposition is spoken to, not speaking: « a déclaré à l’AFP X », “told CNN”", () => {
    const lead = "Le ministre Sergueï Lavrov était à Genève vendredi. ";
    const speakers = (text: string) => quotesOf(lead + text, "fr").map((quote) => quote.speaker);
    assert.deepEqual(speakers("« Nous attendons des réponses », a déclaré à l’AFP Sergueï Lavrov."), [
      "Sergueï Lavrov",
    ]);
    assert.deepEqual(speakers("« Les consultations continuent », a indiqué à l’AFP une source diplomatique."), [null]);
    assert.deepEqual(speakers("« Je suis là depuis trois heures », confie à l’AFP Maria Solis."), ["Maria Solis"]);
    // A phrase a preposition opens says where: "Su Facebook scrive:" leaves its subject unsaid.
    const it_ = quotesOf('Il presidente aveva rifiutato. Su Facebook scrive: "Ci opporremo pacificamente".', "it");
    assert.deepEqual(
      it_.map((quote) => quote.speaker),
      [null],
    );
    const es = quotesOf('El presidente rechazó dimitir. En Facebook escribe: "Resistiremos pacíficamente".', "es");
    assert.deepEqual(
      es.map((quote) => quote.speaker),
      [null],
    );
    // A passive verb's agent speaks: « promis par X ».
    assert.deepEqual(speakers("Il défend le « plan massif d’investissement » promis par Emmanuel Macron."), [
      "Emmanuel Macron",
    ]);
  });

  it("a role's holder is the person named after its complement: « le patron d’Airbus X », « le député LR X »", () => {
    const speakers = (text: string, language = "fr") => quotesOf(text, language).map((quote) => quote.speaker);
    assert.deepEqual(speakers("« Les commandes reprennent », a estimé le patron d’Airbus Guillaume Faury."), [
      "Guillaume Faury",
    ]);
    assert.deepEqual(speakers("« C’est scandaleux », a dénoncé mardi l’eurodéputé EELV Yannick Jadot."), [
      "Yannick Jadot",
    ]);
    assert.deepEqual(speakers("« Non », a dit le député LR Eric Ciotti."), ["Eric Ciotti"]);
    assert.deepEqual(
      speakers("« Notre but », a expliqué le ministre de l’Education nationale Jean-Michel Blanquer sur France Info."),
      ["Jean-Michel Blanquer"],
    );
    const boeing = '"Orders are back," said the chief executive of Boeing David Calhoun. Shares of Boeing rose.';
    assert.deepEqual(speakers(boeing, "en"), ["David Calhoun"]);
    // An article opens the complement's own name: "La France Insoumise" holds no role.
    assert.deepEqual(speakers("« Je vote pour elle », a expliqué le leader de La France Insoumise (LFI)."), [null]);
  });

  it("groups one statement quoted in two articles", () => {
    const first = analyzed(1, "Le ministre Jean Dupont a promis une réponse « rapide et ferme » à Paris.", "fr");
    const second = analyzed(2, "Jean Dupont a promis une réponse « ferme et rapide » depuis Paris.", "fr");
    const quotes = extractQuotes([first, second], extractEntities([first, second]));
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]?.articleIds.length, 2);
  });
});
