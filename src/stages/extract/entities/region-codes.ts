/** Every ISO 3166 alpha-2 code and UN M.49 area code that `Intl.DisplayNames` can name. */
export function regionCodes(): string[] {
  const probe = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const codes: string[] = [];
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters) for (const b of letters) if (probe.of(a + b) !== undefined) codes.push(a + b);
  for (let n = 1; n < 1000; n++) {
    const code = String(n).padStart(3, "0");
    if (probe.of(code) !== undefined) codes.push(code);
  }
  // A retired code names its successor ("BU" is written "Myanmar (Birmanie)" like "MM"): keep the current one only,
  // so that every name of one country shares its id.
  return codes.filter(
    (code) =>
      !["ZZ", "XA", "XB", "EU", "EZ", "UN", "QO"].includes(code) &&
      (/^\d/.test(code) || new Intl.Locale(`und-${code}`).region === code),
  );
}
