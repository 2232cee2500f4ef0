import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { looksLikeCaption } from "./looks-like-caption.js";

const top = { paragraph: 0, alone: true, words: 30 };

describe("looksLikeCaption", () => {
  it("finds a present-tense photo caption at the top of an article", () => {
    assert.equal(
      looksLikeCaption(
        "Le secrétaire d’Etat américain, Antony Blinken, et le ministre russe des Affaires étrangères, Sergueï Lavrov, se serrent la main avant leur rencontre du 21 janvier 2022 à Genève.",
        "fr",
        top,
      ),
      true,
    );
    assert.equal(
      looksLikeCaption(
        "U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov shake hands ahead of their meeting in Geneva, Switzerland, January 21, 2022.",
        "en",
        top,
      ),
      true,
    );
    assert.equal(
      looksLikeCaption("El presidente posa con los ministros en Madrid el 3 de marzo de 2023.", "es", top),
      true,
    );
  });

  it("finds a caption by its photo marker anywhere", () => {
    const deep = { paragraph: 7, alone: false, words: 20 };
    assert.equal(looksLikeCaption("Protesters march through the city centre. (Photo: Reuters)", "en", deep), true);
    assert.equal(looksLikeCaption("Des manifestants à Paris (photo d'archives, AFP).", "fr", deep), true);
  });

  it("keeps news prose: past tense, reported speech, lower in the article, or undated", () => {
    assert.equal(
      looksLikeCaption(
        "Sergueï Lavrov et Antony Blinken se sont serré la main vers 11 heures, le 21 janvier à Genève.",
        "fr",
        top,
      ),
      false,
    );
    assert.equal(
      looksLikeCaption("Le ministre arrive le 21 janvier à Genève, a déclaré son porte-parole.", "fr", top),
      false,
    );
    assert.equal(
      looksLikeCaption("Les deux ministres se serrent la main le 21 janvier à Genève.", "fr", { ...top, paragraph: 4 }),
      false,
    );
    assert.equal(looksLikeCaption("Les deux ministres se serrent la main devant les caméras.", "fr", top), false);
    assert.equal(
      looksLikeCaption("Les deux ministres se serrent la main le 21 janvier à Genève.", "fr", { ...top, alone: false }),
      false,
    );
  });
});

describe("looksLikeCaption on prose with parentheses and agency names", () => {
  const deep = { paragraph: 0, alone: false, words: 25 };
  it("does not take a bank name or a poll for a photo credit", () => {
    assert.equal(
      looksLikeCaption(
        "Baudouin Prot (BNP Paribas) et Georges Pauget (Crédit Agricole) ont défendu le plan.",
        "fr",
        deep,
      ),
      false,
    );
    assert.equal(looksLikeCaption("An AP/Ipsos poll found most voters undecided.", "en", deep), false);
    assert.equal(looksLikeCaption("Blinken and Lavrov in Geneva. REUTERS/Denis Balibouse", "en", deep), true);
  });
});
