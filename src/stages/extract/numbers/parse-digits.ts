/**
 * The number written in digits, with `decimal` the language's decimal separator. Groups of exactly three
 * digits after a space, a no-break space, or the other separator are thousands ("100 000", "100.000",
 * "100,000" in English); a comma followed by three digits in a decimal-comma language is read as
 * thousands only when more groups follow ("1,000,000"), otherwise as decimals ("1,500" = 1.5).
 */
export function parseDigits(written: string, decimal: "," | "."): number | null {
  const text = written.replace(/[\s\u00a0\u202f]/g, " ").trim();
  if (!/^\d/.test(text)) return null;
  const thousands = decimal === "," ? "." : ",";
  const groups = text.split(/[ .,]/);
  const separators = text.match(/[ .,]/g) ?? [];
  if (separators.length === 0) return Number(text);
  const lastSeparator = separators[separators.length - 1]!;
  const lastGroup = groups[groups.length - 1]!;
  const groupedThousands = (upTo: number): boolean =>
    groups.slice(1, upTo).every((group) => group.length === 3) && groups[0]!.length <= 3;
  // Decimal part: the last separator is the decimal mark, unless it is a thousands-shaped group.
  const decimalShaped =
    lastSeparator === decimal && (lastGroup.length !== 3 || separators.filter((s) => s === decimal).length === 1);
  if (decimalShaped && (separators.length === 1 || groupedThousands(groups.length - 1))) {
    if (separators.length > 1 && separators.slice(0, -1).some((s) => s === decimal)) return null;
    const whole = groups.slice(0, -1).join("");
    return Number(`${whole}.${lastGroup}`);
  }
  if (
    separators.every((s) => s === " " || s === thousands || (s === decimal && separators.length > 1)) &&
    groupedThousands(groups.length)
  ) {
    return Number(groups.join(""));
  }
  if (separators.length === 1 && lastGroup.length !== 3) return Number(`${groups[0]}.${lastGroup}`);
  return null;
}
