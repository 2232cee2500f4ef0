import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PHOTO_MARKERS } from "../../language-data/caption-cues.js";
import { cuesNamedBy, holdsPhotoMarker } from "./holds-photo-marker.js";

describe("holdsPhotoMarker", () => {
  it("knows a cue of every photo marker, so that it skips a marker only where it cannot match", () => {
    for (const marker of PHOTO_MARKERS) {
      const cues = cuesNamedBy(marker);
      assert.ok(cues.parenthesis || cues.photoWord || cues.agency, `${marker} names no cue of holdsPhotoMarker`);
    }
  });

  it("finds the markers, in any case, and nothing in plain prose", () => {
    assert.equal(holdsPhotoMarker("Protesters march. (Photo: Reuters)"), true);
    assert.equal(holdsPhotoMarker("Sur cette PHOTO d'archives, le ministre."), true);
    assert.equal(holdsPhotoMarker("Il a montré une photographie du sommet."), false);
    assert.equal(holdsPhotoMarker("Le ministre, sur cette PHOTO, sourit."), true);
    assert.equal(holdsPhotoMarker("Blinken and Lavrov in Geneva. REUTERS/Denis Balibouse"), true);
    assert.equal(holdsPhotoMarker("Des manifestants à Paris (photo d'archives, AFP)."), true);
    assert.equal(holdsPhotoMarker("Le ministre (à gauche) a rencontré son homologue à Genève."), false);
    assert.equal(holdsPhotoMarker("An AP/Ipsos poll found most voters undecided."), false);
  });
});
