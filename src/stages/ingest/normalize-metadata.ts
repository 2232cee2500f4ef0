/** Normalisation of metadata values as inputs declare them (dates, language tags, hosts). */

const ISO_DATE = /^\d{4}-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?$/;

/**
 * An ISO 8601 date or date-time from a declared date: ISO forms are kept as written (a space before the
 * time becomes "T"), anything else `Date` can read becomes a UTC date-time; unreadable values give undefined.
 */
export function normalizeDate(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed.length === 0) return undefined;
  if (ISO_DATE.test(trimmed)) return trimmed.replace(" ", "T");
  if (/^\d{8}$/.test(trimmed)) return `${trimmed.slice(0, 4)}-${trimmed.slice(4, 6)}-${trimmed.slice(6)}`;
  if (/^\d{10,13}$/.test(trimmed)) {
    const epoch = Number(trimmed) * (trimmed.length === 10 ? 1000 : 1);
    return new Date(epoch).toISOString();
  }
  const parsed = Date.parse(trimmed);
  if (Number.isNaN(parsed)) return undefined;
  const year = new Date(parsed).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? new Date(parsed).toISOString() : undefined;
}

/** ISO 639-1 (or 639-2/3 when no two-letter code exists) from a language tag or locale ("fr-FR", "en_US"). */
export function normalizeLanguage(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const code =
    value
      .trim()
      .toLowerCase()
      .split(/[-_,;\s]/)[0] ?? "";
  return /^[a-z]{2,3}$/.test(code) && code !== "und" && code !== "mul" ? code : undefined;
}

/** The host of a URL without "www.", or undefined when the URL cannot be read. */
export function hostOf(url: string | null | undefined): string | undefined {
  if (url === null || url === undefined) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.length > 0 ? host.replace(/^www\./, "") : undefined;
  } catch {
    return undefined;
  }
}

/** Whitespace collapsed and trimmed; undefined when nothing is left. */
export function cleanValue(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const cleaned = value.replace(/\s+/g, " ").trim();
  return cleaned.length > 0 ? cleaned : undefined;
}
