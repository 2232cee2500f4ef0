import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle, testArticleId } from "../../../../test/support/analyzed-article.js";
import { extractEntities } from "../entities/index.js";
import { extractQuotes } from "./index.js";

function speakerOf(text: string, language: string, quoted: string): string | null | undefined {
  const docs = [makeAnalyzedArticle(text, { id: testArticleId(1), language })];
  return extractQuotes(docs, extractEntities(docs)).find((quote) => quote.text === quoted)?.speaker;
}

describe("short quotes after a naming verb (isScareQuote, namingVerbBefore)", () => {
  it("en: the words a subject calls something are the subject's, not what is named", () => {
    const text =
      "Donald Trump spoke in Ohio. Trump earlier called international-trade supporters “bloodsuckers.” " +
      "Senator Elizabeth Warren wrote to the president. Warren called SEC Chair Mary Jo White the “biggest barrier.”";
    assert.equal(speakerOf(text, "en", "bloodsuckers."), "Donald Trump");
    assert.equal(speakerOf(text, "en", "biggest barrier."), "Elizabeth Warren");
  });

  it("en: the name right before a naming verb is its subject, not the clause's first ('(Clinton called it …)')", () => {
    const text =
      "Hillary Clinton spoke in Ohio. After the firebombing of a county GOP office (Clinton called it " +
      '"horrific and unacceptable"), the campaign went on.';
    assert.equal(speakerOf(text, "en", "horrific and unacceptable"), "Hillary Clinton");
  });

  it("en: a participle's subject is the clause's ('has denied wrongdoing, calling the reports …')", () => {
    const text = "Mr. Durham has denied wrongdoing, calling the reports “anonymous hearsay.”";
    assert.equal(speakerOf(text, "en", "anonymous hearsay."), "Durham");
  });

  it("fr: « qualifié de » gives the subject's words; a scare quote with no such verb stays unattributed", () => {
    const text =
      "Le ministre Jean Dupont a visité l'usine. Jean Dupont a qualifié la décision de « scandaleuse ». " +
      "Marie Durand est arrivée avec ses « amis » du village.";
    assert.equal(speakerOf(text, "fr", "scandaleuse"), "Jean Dupont");
    assert.equal(speakerOf(text, "fr", "amis") ?? null, null);
  });
});
