import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BOILERPLATE_CUES } from "../../language-data/boilerplate-cues.js";
import { ARTICLE_BODY, assertNothingLost, raw, removedAs } from "./clean-test-support.js";
import { classifyByCue } from "./cue-rules.js";

const BODY = ARTICLE_BODY;

describe("copyright and reproduction notices", () => {
  it("es, en, it, fr: a short line of rights reserved or reproduction forbidden is no article text", () => {
    const notices = [
      "Queda prohibida toda reproducción sin permiso escrito de la empresa a los efectos del artículo 32.1.",
      "Copyright 2011 Reuters. All rights reserved.",
      "© Riproduzione riservata",
      "Tous droits réservés.",
    ];
    const text = `${BODY}\n\n${notices.join("\n\n")}`;
    assert.deepEqual(
      removedAs(text),
      notices.map((notice) => ["legal-notice", notice]),
    );
    assertNothingLost(raw(text));
  });

  it("fr: a sentence about reproduction or rights is kept", () => {
    const text = `${BODY}\n\nLa reproduction des cellules est interdite par la loi, a dit le ministre.\n\nLes droits de l'homme sont réservés aux citoyens, selon lui.`;
    assert.deepEqual(removedAs(text), []);
  });

  it("every language's notice is read, whatever word the rule looks for first", () => {
    // The rule folds only lines holding one of a few words: each cue must hold one.
    for (const [language, cues] of Object.entries(BOILERPLATE_CUES))
      for (const cue of cues.legal)
        assert.equal(classifyByCue(`Le Journal, 2011. ${cue}.`), "legal-notice", `${language}: ${cue}`);
  });
});
