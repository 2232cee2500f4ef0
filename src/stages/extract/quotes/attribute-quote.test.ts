import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle, testArticleId } from "../../../../test/support/analyzed-article.js";
import { extractEntities } from "../entities/index.js";
import { extractQuotes } from "./index.js";

function quotesOf(text: string, language: string) {
  const docs = [makeAnalyzedArticle(text, { id: testArticleId(1), language })];
  return extractQuotes(docs, extractEntities(docs));
}

describe("attributeQuote in English news: where the speaker stands", () => {
  it('en: "…," a long description, then the name, said (a party tag in parentheses aside)', () => {
    const speakers = (text: string) => quotesOf(text, "en").map((quote) => quote.speaker);
    assert.deepEqual(
      speakers('"He did what he had to do," Millikin assistant athletic director Bryan Marshall said.'),
      ["Bryan Marshall"],
    );
    assert.deepEqual(speakers('"You have been Warrened," Rep. Emanuel Cleaver II (D-Mo.) said during a hearing.'), [
      "Emanuel Cleaver II",
    ]);
    // Less common speech verbs: "implored", "blurted", "emailed", "reported".
    assert.deepEqual(speakers('"Go register," Donald Trump implored. "Make sure you vote."'), [
      "Donald Trump",
      "Donald Trump",
    ]);
    assert.deepEqual(speakers('"It helps Republicans," Henry reports on Monday.'), ["Henry"]);
    // Not whom the speaker spoke with, nor an owner after the verb.
    assert.deepEqual(
      speakers('Joseph R. Biden Jr., in an interview with CNN, blurted out, "Oh, God," at the mention of his name.'),
      ["Joseph R. Biden Jr"],
    );
    assert.deepEqual(speakers('Most respondents say Trump’s comments are "completely unacceptable," the poll found.'), [
      null,
    ]);
    // A pronoun right before the verb, after a long continuation of the sentence.
    assert.deepEqual(
      speakers(
        'Randall Stephenson spoke on Sunday. "I will be disappointed if we are not head-to-head" with cable providers by 2021, he said.',
      ),
      ["Randall Stephenson"],
    );
    // A place after "of" is where the speaker is from.
    assert.deepEqual(
      speakers('"It is a contested election," Trump running mate Gov. Mike Pence of Indiana told Fox News Sunday.'),
      ["Mike Pence"],
    );
    // No name right before the verb, or a sentence in between: no speaker.
    assert.deepEqual(speakers('"It is over." The long road of the campaign of Joe Biden said nothing new.'), [null]);
  });

  it("en: a quote opening its sentence after one where a person speaks is that person's", () => {
    const speakers = (text: string) => quotesOf(text, "en").map((quote) => quote.speaker);
    assert.deepEqual(
      speakers('The deal would pass, said Bart Naylor, an advocate at Public Citizen. "It would avoid a fight."'),
      ["Bart Naylor"],
    );
    assert.deepEqual(speakers('The fund was closed, Trump said. "It is over."'), ["Trump"]);
    // An aside between commas may stand between the name and the verb.
    assert.deepEqual(
      speakers('Brittany Lockwood, 20, a political science major from Memphis, chimed in. "I did not think so."'),
      ["Brittany Lockwood"],
    );
    // Across a paragraph only after a colon announcing the quote.
    assert.deepEqual(speakers('In a statement, Dane Lisser wrote:\n\n"The anthem is a time to reflect."'), [
      "Dane Lisser",
    ]);
    // Not across a paragraph otherwise, nor after a sentence where no one speaks.
    assert.deepEqual(speakers('The fund was closed, Trump said.\n\n"It is over."'), [null]);
    assert.deepEqual(speakers('Trump met Putin in Helsinki. "It is over."'), [null]);
  });

  it("en: a verb after ', but' or 'and' after the quote shares the subject before it; a name after a preposition is no speaker", () => {
    const speakers = (text: string) => quotesOf(text, "en").map((quote) => quote.speaker);
    assert.deepEqual(
      speakers(
        'Mr. Kelly said Arizona had become a "winnable state" for Mrs. Clinton, but said Democrats could not rest.',
      ),
      ["Kelly"],
    );
    assert.notDeepEqual(speakers('The campaign sent "a clear message" to Mrs. Clinton, aides said.'), ["Clinton"]);
    // Nor after "and" right after the quote: 'repeated that the "media is rigging the polls" and said his supporters…'.
    assert.deepEqual(
      speakers(
        'Donald Trump spoke in Ohio. Trump repeated his claim that the "media is rigging the polls" and said his ' +
          "supporters were upset.",
      ),
      ["Donald Trump"],
    );
    // Nor a common noun after a preposition right before the verb: "in a low voice said", "in a series of tweets:".
    assert.deepEqual(speakers('Bill Clinton grabbed her arm and, in a low voice said, "Do you understand."'), [
      "Bill Clinton",
    ]);
    // Each language's own conjunctions: French "en" after the comma is a preposition, not Dutch "and".
    const french = quotesOf("« Nous attendons des réponses », en marge du sommet, a déclaré Sergueï Lavrov.", "fr");
    assert.deepEqual(
      french.map((quote) => quote.speaker),
      ["Sergueï Lavrov"],
    );
  });

  it("en: 'said' then a company or a network, a role and a name: the role's holder speaks", () => {
    const speakers = (text: string) => quotesOf(text, "en").map((quote) => quote.speaker);
    assert.deepEqual(
      speakers('"It is an honor to welcome her back," said ABC Entertainment Group president Paul Lee.'),
      ["Paul Lee"],
    );
    assert.deepEqual(speakers('"We won," said Apple chief executive Tim Cook on Monday.'), ["Tim Cook"]);
    // A company speaking as one still does.
    assert.deepEqual(speakers('"Results were strong," said Apple in a statement.'), ["Apple"]);
    // A place before a noun says where the speaker is from; alone before the verb, it speaks for its government.
    const mentions = (text: string) => quotesOf(text, "en").map((quote) => quote.variants[0]?.speakerMention ?? null);
    assert.deepEqual(mentions('"Many were hurt," a Gaza camp resident told AP.'), ["a Gaza camp resident"]);
    assert.deepEqual(speakers('"It was a provocation," Moscow said.'), ["Moscow"]);
  });

  it("en: after an affiliation, lower-case role words or a title, the person named next speaks; who is told does not", () => {
    const speakers = (text: string) => quotesOf(text, "en").map((quote) => quote.speaker);
    assert.deepEqual(
      speakers(
        '"Test and deploy this update," said Microsoft security response communications manager Christopher Budd.',
      ),
      ["Christopher Budd"],
    );
    assert.deepEqual(
      speakers('"Nothing in this rule relieves an agency of its duties," said Interior Secretary Dirk Kempthorne.'),
      ["Dirk Kempthorne"],
    );
    assert.deepEqual(speakers('"We won," said Obama adviser David Axelrod.'), ["David Axelrod"]);
    assert.deepEqual(speakers('"It is over," Smith told reporters.'), ["Smith"]);
    // The one told, right after "told", in the quote's sentence or the one before it.
    assert.deepEqual(speakers('"She has checked into rehab," Reid\'s rep told Us Weekly.'), [null]);
    assert.deepEqual(speakers('Reid has checked into rehab, her rep told People. "We ask for privacy."'), [null]);
  });

  it("en: a capitalised word inside a name is no verb of speech, outside a headline in title case", () => {
    const speakers = (text: string) => quotesOf(text, "en").map((quote) => quote.speaker);
    // "States" of "the United States" is no "states": the speaker is the one who warned.
    assert.deepEqual(
      speakers(
        'Blinken warned that any Russian forces crossing the border would be met with a "swift, severe and united response" from the United States and its allies.',
      ),
      ["Blinken"],
    );
    // "Read" of "Rory Read" is no verb either; the clause's subject is the role's holder, not the company.
    assert.deepEqual(
      speakers(
        'AMD president and chief executive Rory Read addressed the deal in a statement, saying that it would accelerate "AMD\'s transformation into an agile innovator."',
      ),
      ["Rory Read"],
    );
    // In a headline in title case every word is capitalised, verbs too.
    assert.deepEqual(
      speakers('At A Goldman Summit, Hillary Clinton Said "Many Of You Are Masters Of The Trend Lines."'),
      ["Hillary Clinton"],
    );
  });

  it("en: a phrase speaker holds a possessive ('Donald Trump's son told'), not the owner", () => {
    const quotes = quotesOf(
      "He was blunt. \"If you can't handle it, you don't belong in the workforce,\" Donald Trump's son told reporters.",
      "en",
    );
    assert.equal(quotes[0]?.variants[0]?.speakerMention, "Donald Trump's son");
    assert.notEqual(quotes[0]?.speaker, "Donald Trump");
  });

  it("en: a name and a long apposition between commas before the verb ('pollster X, part of the team …, said')", () => {
    const quotes = quotesOf(
      '"Trump is in a weaker position than our September track," Republican pollster Bill McInturff, part of the ' +
        "bipartisan team conducting the survey, said in a statement.",
      "en",
    );
    assert.equal(quotes[0]?.speaker, "Bill McInturff");
  });
});

describe("speaker pronouns told apart by their accent", () => {
  it("es: the article 'el' after the verb is no pronoun 'él'; the speaker named before the verb speaks", () => {
    const quotes = quotesOf(
      'El presidente del Gobierno, Pedro Sánchez, anunció un plan. "Vamos a movilizar todos los recursos del Estado", ' +
        "afirmó Sánchez durante la sesión de control.\n\nEl líder del Partido Popular, Alberto Núñez Feijóo, " +
        'calificó el anuncio de "propaganda electoral". Sánchez respondió. Él dijo: "No es propaganda, es vivienda".',
      "es",
    );
    assert.deepEqual(
      new Map(quotes.map((quote) => [quote.text, quote.speaker])),
      new Map([
        ["Vamos a movilizar todos los recursos del Estado", "Pedro Sánchez"],
        ["propaganda electoral", "Alberto Núñez Feijóo"],
        ["No es propaganda, es vivienda", "Pedro Sánchez"],
      ]),
    );
  });

  it("es: a function word opening the sentence before the verb is no speaker ('Según dijo', 'Y agregó')", () => {
    const quotes = quotesOf(
      'La ONU acusó al régimen. Según dijo, el régimen intenta "destruir lo que queda de esas ciudades". ' +
        'Y agregó: "Es un crimen contra la humanidad".',
      "es",
    );
    assert.equal(quotes.length, 2);
    for (const quote of quotes) assert.notEqual(quote.speaker, "Según", quote.text);
    for (const quote of quotes) assert.notEqual(quote.speaker, "Y", quote.text);
  });
});
