import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle, testArticleId } from "../../../test/support/analyzed-article.js";
import { corroborate } from "./index.js";

describe("fact representatives", () => {
  it("prefer a sentence free of machine-translation damage", () => {
    const garbled =
      "La réunion de Genève entre les deux ministres s’est terminée après une heure et demie, mais stress que le dialogue continuera.";
    const clean =
      "La réunion de Genève entre les deux ministres s’est terminée après une heure et demie de discussions.";
    const docs = [
      makeAnalyzedArticle(garbled, {
        id: testArticleId(1),
        source: "outlet-1",
        machineTranslated: {
          likely: true,
          signals: [{ kind: "untranslated-fragment", excerpt: "mais stress que le dialogue" }],
        },
      }),
      makeAnalyzedArticle(clean, { id: testArticleId(2), source: "outlet-2" }),
    ];
    const { facts } = corroborate(docs, { duplicates: new Map() });
    const meeting = facts.find((fact) => fact.text.includes("heure et demie"));
    assert.ok(meeting, "the shared claim is a fact");
    assert.equal(meeting.text, clean);
    assert.equal(meeting.independentSources, 2);
  });
});
