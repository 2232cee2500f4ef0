import { PHOTO_MARKERS } from "../../language-data/caption-cues.js";

/** What a sentence must hold for a photo marker to match it. */
export interface PhotoCues {
  /** An opening parenthesis ("(Photo: …)"). */
  parenthesis: boolean;
  /** "photo" or "pictured", in any case ("file photo", "Sur cette photo"). */
  photoWord: boolean;
  /** An agency's name in capitals ("AFP PHOTO", "REUTERS/Denis Balibouse"). */
  agency: boolean;
}

const AGENCIES = ["AFP", "AP", "REUTERS", "EPA", "ANSA", "EFE", "DPA"];
const ANY_AGENCY = new RegExp(AGENCIES.join("|"));

/** No character but their capitals matches these letters case-insensitively, with or without the `u` flag. */
const PHOTO_WORD = /photo|pictured/i;

/** The cues a marker's pattern names: each marker needs one of them (the test of this file checks it). */
export function cuesNamedBy(marker: RegExp): PhotoCues {
  return {
    parenthesis: marker.source.includes("\\("),
    photoWord: PHOTO_WORD.test(marker.source),
    agency: AGENCIES.some((agency) => marker.source.includes(agency)),
  };
}

const MARKERS = PHOTO_MARKERS.map((marker) => ({ marker, cues: cuesNamedBy(marker) }));

/**
 * Whether a sentence holds a photo marker ("(Photo: …)", "AFP PHOTO"). Each marker scans the whole sentence;
 * the few look-ups for the cues they need rule most sentences out first.
 */
export function holdsPhotoMarker(sentence: string): boolean {
  // Each cue is looked for once, when a marker first needs it.
  let parenthesis: boolean | undefined;
  let photoWord: boolean | undefined;
  let agency: boolean | undefined;
  for (const { marker, cues } of MARKERS) {
    let cued = false;
    if (cues.parenthesis) {
      parenthesis ??= sentence.includes("(");
      cued = parenthesis;
    }
    if (!cued && cues.photoWord) {
      photoWord ??= PHOTO_WORD.test(sentence);
      cued = photoWord;
    }
    if (!cued && cues.agency) {
      agency ??= ANY_AGENCY.test(sentence);
      cued = agency;
    }
    if (cued && marker.test(sentence)) return true;
  }
  return false;
}
