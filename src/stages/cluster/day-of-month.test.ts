import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { segmentText } from "../segment/index.js";
import { isDayOfMonth } from "./day-of-month.js";

/** The numbers of `text` that `isDayOfMonth` takes for a date's day. */
function days(text: string, language: string): string[] {
  const { tokens } = segmentText(text, language);
  return tokens.flatMap((token, at) =>
    /^\d/.test(token.normal) && isDayOfMonth(tokens, at, language) ? [token.normal] : [],
  );
}

describe("isDayOfMonth", () => {
  it("takes the day of a written date, before or after the month, in each language's way", () => {
    assert.deepEqual(days("MARCOM TELECOMMUNICATIONS 2ND QTR JAN 31 NET", "en"), ["31"]);
    assert.deepEqual(days("The talks of January 10 and 12 ended on 21 January.", "en"), ["10", "21"]);
    assert.deepEqual(days("La réunion du 21 janvier à Genève a duré 90 minutes.", "fr"), ["21"]);
    assert.deepEqual(days("El 21 de enero de 2022 llegaron 40 delegados.", "es"), ["21"]);
    assert.deepEqual(days("Am 21. Januar trafen sich 12 Minister.", "de"), ["21"]);
    assert.deepEqual(days("Il 21 gennaio erano presenti 35 giornalisti.", "it"), ["21"]);
  });

  it("leaves counts, years and numbers beside a month that are no day", () => {
    assert.deepEqual(days("Some 45 ships waited in March 2022, and 120 in 35 ports.", "en"), []);
    assert.deepEqual(days("En janvier, 1 200 habitants ont été relogés.", "fr"), []);
    // Not a day: 32, and a month of another sentence.
    assert.deepEqual(days("Prices rose 32 January-style. It was 12. March came.", "en"), []);
  });
});
