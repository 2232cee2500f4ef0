/** Days since 1970-01-01 of an ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a date-time), or null. */
export function dayNumber(publishedAt: string | null): number | null {
  if (publishedAt === null) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(publishedAt.trim());
  if (match === null) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 7 : Number(match[2]);
  // A month or year alone stands for its middle, so its uncertainty is shared on both sides.
  const day = match[3] === undefined ? (match[2] === undefined ? 1 : 15) : Number(match[3]);
  const time = Date.UTC(year, month - 1, day);
  return Number.isNaN(time) ? null : Math.floor(time / 86_400_000);
}

/** How far apart two publication days may be and still count as the same news moment. */
const SAME_MOMENT_DAYS = 3;
/** Beyond that, the number of days over which the factor halves. */
const HALVING_DAYS = 21;

/**
 * Factor in (0, 1] applied to the similarity of two articles: 1 when either date is unknown or the
 * two are within a few days, then falling slowly (0.5 three weeks later, 0.25 nine weeks later).
 */
export function timeProximity(dayA: number | null, dayB: number | null): number {
  if (dayA === null || dayB === null) return 1;
  const gap = Math.abs(dayA - dayB) - SAME_MOMENT_DAYS;
  return gap <= 0 ? 1 : 1 / (1 + gap / HALVING_DAYS);
}
