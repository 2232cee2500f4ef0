import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ARTICLE_BODY, assertNothingLost, raw, removedAs } from "./clean-test-support.js";

const BODY = ARTICLE_BODY;

describe("lines of script or style sheet left in a page's text", () => {
  it("takes out comments, declarations, blocks, calls and style declarations, whatever the page's language", () => {
    const script = [
      "// INIT tracking pixel when the consent event fires",
      "var loadTracker = function(){",
      "document.addEventListener('consent-given', loadTracker, false);",
      "if (typeof grecaptcha != 'undefined') {",
      "n.loaded = !0;",
      "$('#share-form').toggle();",
      "-webkit-transition: all 0.9s ease 0s;",
      "/* end of tracker */",
    ];
    const text = `${BODY}\n\n${script.join("\n")}\n\nLa ville était calme mardi soir, a ajouté un habitant.`;
    assert.deepEqual(removedAs(text), [["script", script.join("\n")]]);
    assertNothingLost(raw(text));
  });

  it("keeps prose with semicolons, equals signs, braces inside or code words (es, fr, en, it)", () => {
    const prose = [
      "Le ratio dette/PIB = 110 % ; il était de 98 % en 2019;",
      "El ministro dijo: «Var es una región tranquila»; nadie lo creyó;",
      "The function of the council (its {informal} role) was discussed; let alone the budget;",
      "La legge n. 241/1990 prevede che la variabile sia nota; const e var non c'entrano;",
    ];
    const text = `${BODY}\n\n${prose.join("\n\n")}`;
    assert.deepEqual(removedAs(text), []);
  });
});
