/** Dutch verb forms that introduce or close reported speech (see `REPORTING_VERBS`). */
export const DUTCH_REPORTING_VERBS: readonly string[] = [
  "zei",
  "zegt",
  "gezegd",
  "verklaarde",
  "verklaart",
  "benadrukte",
  "voegde",
  "waarschuwde",
  "schreef",
  "antwoordde",
  "bevestigde",
  "volgens",
];
