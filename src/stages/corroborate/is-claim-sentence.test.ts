import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isClaimSentence } from "./is-claim-sentence.js";

describe("isClaimSentence", () => {
  it("keeps statements in Latin letters, accents and all", () => {
    assert.ok(isClaimSentence("Mohamed Morsi n’est plus le président de l’Egypte."));
    assert.ok(isClaimSentence("Președintele a vorbit la București despre situația din țară."));
    // A name in another script inside a statement leaves it a statement.
    assert.ok(isClaimSentence("Le blogueur Wael Abbas (وائل عباس) a été arrêté au Caire jeudi soir."));
  });

  it("rejects what introduces a quotation, questions, boilerplate and text in another script", () => {
    assert.equal(isClaimSentence("Rasha Abdulla afferma:"), false);
    assert.equal(isClaimSentence("Mosa’ab Elshamy rapporte :"), false);
    assert.equal(isClaimSentence("Existe-t-il des coups d’Etat démocratiques ?"), false);
    assert.equal(isClaimSentence("© 2013 Le Monde. Tous droits réservés."), false);
    assert.equal(isClaimSentence("المصريون يصححون المسار وينهون حالة الاختطاف التي تعرض لها الربيع العربي."), false);
    assert.equal(isClaimSentence("Москва отвергла обвинения в подготовке вторжения."), false);
  });
});
