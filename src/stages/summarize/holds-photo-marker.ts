import { PHOTO_MARKERS } from "../../language-data/summary-cues.js";

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

const CUE_NAMES: readonly (keyof PhotoCues)[] = ["parenthesis", "photoWord", "agency"];

/** How each cue is looked for in a sentence. */
const LOOK_UPS: Record<keyof PhotoCues, (sentence: string) => boolean> = {
  parenthesis: (sentence) => sentence.includes("("),
  photoWord: (sentence) => PHOTO_WORD.test(sentence),
  agency: (sentence) => ANY_AGENCY.test(sentence),
};

/**
 * Whether a sentence holds a photo marker ("(Photo: …)", "AFP PHOTO"). Each marker scans the whole sentence;
 * the few look-ups for the cues they need rule most sentences out first.
 */
export function holdsPhotoMarker(sentence: string): boolean {
  // Each cue is looked for once, when a marker first needs it.
  const found: Partial<PhotoCues> = {};
  const holds = (cue: keyof PhotoCues): boolean => {
    let value = found[cue];
    if (value === undefined) {
      value = LOOK_UPS[cue](sentence);
      found[cue] = value;
    }
    return value;
  };
  return MARKERS.some(({ marker, cues }) => CUE_NAMES.some((cue) => cues[cue] && holds(cue)) && marker.test(sentence));
}
