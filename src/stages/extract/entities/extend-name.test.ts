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

  it("fr: an adjective in -an stays in a name where no verb ends so ('Empire ottoman')", () => {
    assert.ok(entitiesByName("L'Empire ottoman a signé le traité.", "fr").has("Empire ottoman"));
  });
});
