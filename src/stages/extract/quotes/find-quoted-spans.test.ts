import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findQuotedSpans } from "./find-quoted-spans.js";

const quoted = (text: string): string[] => findQuotedSpans(text).map((span) => text.slice(span.start, span.end));

describe("quotation marks (findQuotedSpans)", () => {
  it("en: typewriter quotes `` … '' (LaTeX, tokenised wire archives) are quotes, offsets past both marks", () => {
    const text =
      "`` We appreciate your respect to her privacy , '' the rep said.\n" +
      "I 'm not just a party girl. ``\n" +
      "She said `` yes '' and then \"no\".";
    assert.deepEqual(quoted(text), ["We appreciate your respect to her privacy", "yes", "no"]);
    const [first] = findQuotedSpans(text);
    assert.equal(text.slice(first!.open, first!.close).slice(0, 2), "``");
    assert.equal(text.slice(first!.open, first!.close).slice(-2), "''");
  });

  it("an unclosed `` or one whose close is past the paragraph opens no quote", () => {
    assert.deepEqual(quoted("He said `` never.\n\nThen '' she left."), []);
  });

  it("straight marks paired across a missing one are skipped: a quote opens on no sentence's punctuation", () => {
    // A live blog lost a mark: the closer after "finita" would open ". Cadavere mostrato in tv, ha aggiunto".
    const text =
      'Il Cnt ha detto "Gheddafi è morto. Poi "Missione finita". Cadavere mostrato in tv, ha aggiunto "Nato via presto".';
    const spans = quoted(text);
    assert.equal(
      spans.some((span) => /^[.,]/.test(span)),
      false,
      spans.join(" | "),
    );
    assert.ok(spans.includes("Nato via presto"), spans.join(" | "));
    // An ellipsis may open one.
    assert.deepEqual(quoted('He said "...and then we left" and smiled.'), ["...and then we left"]);
  });
});

describe("dialogue turns (findQuotedSpans with dialogue dashes)", () => {
  const turns = (text: string) =>
    findQuotedSpans(text, { dialogueDashes: true, language: "fr" }).map((span) => text.slice(span.start, span.end));

  it("fr: where paragraphs run on one line, a turn ends where the narration resumes, not at the next dash", () => {
    assert.deepEqual(
      turns(
        "Le juge se pencha. -- Te rappelles-tu ce que tu as fait, ma petite ? L'enfant réfléchit un peu ; elle était " +
          "pâle. -- Ne crains rien. Je te comprends. Je suis forte ! Et elle se laissa entraîner sur le balcon.",
      ),
      ["Te rappelles-tu ce que tu as fait, ma petite ?", "Ne crains rien. Je te comprends. Je suis forte !"],
    );
    // A turn that is its own paragraph goes on in the third person.
    assert.deepEqual(turns("— Il est parti. Le train partait à midi.\n— Tant pis."), [
      "Il est parti. Le train partait à midi.",
      "Tant pis.",
    ]);
  });

  it("fr: an incise after an exclamation or an ellipsis written with periods leaves the speech its punctuation", () => {
    assert.deepEqual(turns("-- Malheureuse !... s'écria-t-elle, malheureuse que je suis !"), [
      "Malheureuse !...",
      "malheureuse que je suis !",
    ]);
    assert.deepEqual(turns("-- Messieurs.... dit le maire."), ["Messieurs...."]);
  });

  it("fr: an incise whose verb takes an adverb or a demonstrative subject", () => {
    assert.deepEqual(
      turns("— Si je partais ? demanda timidement la jeune femme.\n— Nullement, répondit celle-ci ; reste."),
      ["Si je partais ?", "Nullement", "reste."],
    );
  });
});

describe("editors' notes (splitAtEditorNotes)", () => {
  const spoken = (text: string, language?: string): string[] =>
    findQuotedSpans(text, { dialogueDashes: true, ...(language === undefined ? {} : { language }) }).map((span) =>
      text.slice(span.start, span.end),
    );

  it("fr dialogue: a note in brackets is no one's speech, and the speech around it is two pieces", () => {
    const text =
      "– Si ta filoche est à jeun [Note : si ta bourse est vide], l’ogresse te fera crédit, dit-il.\n" +
      "– Mon linge est lavé [Note : je m’avoue vaincu.].\n";
    assert.deepEqual(spoken(text, "fr"), [
      "Si ta filoche est à jeun",
      "l’ogresse te fera crédit",
      "Mon linge est lavé",
    ]);
  });

  it("fr dialogue: a turn ends where a guillemet closes its speech, narration following on the line", () => {
    const text =
      "Et elle ajouta : — « C’est la faim, pas autre chose. » Alors Boule de Suif balbutia.\n" +
      "Il dit d’un ton raide : — Foulez-vous tescentre, messieurs ? » Les deux sœurs obéirent.\n" +
      "— Il m’a dit « viens » et je suis venu.\n";
    assert.deepEqual(spoken(text, "fr"), [
      "C’est la faim, pas autre chose.",
      "Foulez-vous tescentre, messieurs ?",
      "Il m’a dit « viens » et je suis venu.",
    ]);
  });

  it("news: an editor's note inside a quote is left out, the reporter's own brackets stay", () => {
    const text =
      "« Nous avons signé [NDLR : l'accord de Minsk] et nous le respecterons », a-t-il dit. " +
      "« Il [le président] n'a rien promis [sic] », a ajouté le ministre.";
    assert.deepEqual(spoken(text, "fr"), [
      "Nous avons signé",
      "et nous le respecterons",
      "Il [le président] n'a rien promis [sic]",
    ]);
  });
});
