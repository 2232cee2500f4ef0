import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeAnalyzedArticle, testArticleId } from "../../../../test/support/analyzed-article.js";
import { extractEntities } from "./extract-entities.js";

function typesOf(text: string, language: string): Map<string, string> {
  const entities = extractEntities([makeAnalyzedArticle(text, { id: testArticleId(1), language })]);
  return new Map(entities.map((entity) => [entity.name, entity.type]));
}

describe("a listed acronym before a person whose given name no list holds (acronymBeforePerson)", () => {
  it("fr: 'le député LR Rachida Dati', 'selon l'AFP Enamur Rahman' are an organisation and a person", () => {
    const types = typesOf(
      "Le maire du VIIe arrondissement, la députée européenne LR Rachida Dati, a voté contre. " +
        "Un policier a indiqué à l'AFP Enamur Rahman que trois personnes avaient été tuées.",
      "fr",
    );
    assert.equal(types.get("Rachida Dati"), "person");
    assert.equal(types.get("LR"), "organization");
    assert.equal(types.get("Enamur Rahman"), "person");
    assert.equal(types.get("AFP"), "organization");
  });

  it("es, en: a news agency's one-word name before its photographer or analyst ('Reuters Damir Sagolj')", () => {
    const types = typesOf("Foto: Reuters Damir Sagolj. Según el analista Reuters Fawaz Gerges, nada cambió.", "es");
    assert.equal(types.get("Damir Sagolj"), "person");
    assert.equal(types.get("Fawaz Gerges"), "person");
    assert.equal(types.get("Reuters"), "organization");
    const en = typesOf("Reuters Television filmed it, and Xinhua News Agency reported it.", "en");
    assert.equal(en.get("Reuters Television"), "organization");
    assert.equal(en.get("Xinhua News Agency"), "organization");
  });

  it("en: not before an organisation's last word or a third capitalised word", () => {
    const types = typesOf(
      "The UN Security Council met on Monday. Shares of IBM Global Services rose. It aired on CNN Good Morning America.",
      "en",
    );
    assert.equal(types.get("UN Security Council"), "organization");
    assert.equal(types.get("IBM Global Services"), "organization");
    assert.ok(types.has("CNN Good Morning America"), [...types.keys()].join(", "));
  });
});
