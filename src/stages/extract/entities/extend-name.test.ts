import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entitiesByName } from "../../../../test/support/entities-by-name.js";

describe("the lower-case words a name's head takes (extendName)", () => {
  it("es, pt, it: a verb after an institution is no adjective of its name", () => {
    const spanish = entitiesByName(
      "El Ejército Libre Sirio habían avanzado. El Banco Central callan. El Ejército alemán llegó.",
      "es",
    );
    assert.deepEqual([...spanish.keys()].sort(), ["Banco Central", "Ejército Libre Sirio", "Ejército alemán"]);
    const portuguese = entitiesByName("O Banco Central falam de juros. Ontem, o Tribunal federal decidiu.", "pt");
    assert.deepEqual([...portuguese.keys()].sort(), ["Banco Central", "Tribunal federal"]);
    const italian = entitiesByName("Il Consiglio nazionale votarono. La Polizia municipale arrivavano.", "it");
    assert.deepEqual([...italian.keys()].sort(), ["Consiglio nazionale", "Polizia municipale"]);
  });

  it("es, pt: a word in -ica without its accent, or in -ese or -ine, is a verb or a preposition, no adjective", () => {
    const spanish = entitiesByName(
      "La ley no fue derogada por la Junta Militar pese a sus promesas. Es lo que el Ministerio de Exteriores define " +
        "como buenas relaciones. El Consejo Nacional Transitorio practica la tortura, según la República Islámica de Irán.",
      "es",
    );
    assert.deepEqual([...spanish.keys()].sort(), [
      "Consejo Nacional Transitorio",
      "Junta Militar",
      "Ministerio de Exteriores",
      "República Islámica de Irán",
    ]);
    const portuguese = entitiesByName(
      "A Universidade Católica de Lisboa e o Conselho Nacional critica a decisão.",
      "pt",
    );
    assert.deepEqual([...portuguese.keys()].sort(), ["Conselho Nacional", "Universidade Católica de Lisboa"]);
  });

  it("fr: an adjective in -an stays in a name where no verb ends so ('Empire ottoman')", () => {
    assert.ok(entitiesByName("L'Empire ottoman a signé le traité.", "fr").has("Empire ottoman"));
  });

  it("es, it, fr: a second complement after a conjunction stays in the institution's name, another name does not", () => {
    const spanish = entitiesByName("Según el Instituto Nacional de Geofísica y Vulcanología (INGV), fue fuerte.", "es");
    assert.equal(spanish.get("Instituto Nacional de Geofísica y Vulcanología")?.type, "organization");
    const italian = entitiesByName("Secondo l'Istituto Nazionale di Geofisica e Vulcanologia (INGV), è forte.", "it");
    assert.equal(italian.get("Istituto Nazionale di Geofisica e Vulcanologia")?.type, "organization");
    const french = entitiesByName(
      "Selon l'Institut national de la statistique et des études économiques, il baisse.",
      "fr",
    );
    assert.ok(french.has("Institut national de la statistique et des études économiques"));
    // A listed name, or one of several words: two names.
    const two = entitiesByName(
      "El Ministerio de Sanidad y Cruz Roja firmaron. El Ministerio de Defensa y Microsoft hablaron.",
      "es",
    );
    assert.deepEqual([...two.keys()].sort(), [
      "Cruz Roja",
      "Microsoft",
      "Ministerio de Defensa",
      "Ministerio de Sanidad",
    ]);
  });
});
