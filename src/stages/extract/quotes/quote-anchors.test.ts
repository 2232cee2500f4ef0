import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { asArticleId } from "../../../domain/ids.js";
import type { DateMention } from "../dates/index.js";
import type { Quantity } from "../numbers/index.js";
import { quoteAnchors } from "./quote-anchors.js";

const article = asArticleId("a_0000000000000001");

function date(date: string, extra: Partial<DateMention> = {}): DateMention {
  return {
    articleId: article,
    start: 0,
    end: 5,
    expression: "x",
    kind: "relative-period",
    date,
    precision: "day",
    inferred: false,
    tense: "future",
    sentence: 0,
    ...extra,
  };
}

function quantity(normalized: string, extra: Partial<Quantity>): Quantity {
  return {
    articleId: article,
    start: 0,
    end: 5,
    text: normalized,
    kind: "count",
    value: Number(normalized),
    normalized,
    unit: null,
    vague: false,
    low: 0,
    high: 0,
    approximate: false,
    bound: null,
    role: "measure",
    head: null,
    sentence: 0,
    context: [],
    ...extra,
  };
}

describe("quoteAnchors", () => {
  it("keeps dates of a day or a week other than the article's own day, and precise numbers past small counts", () => {
    const references = new Map([[article, { date: "2022-01-21", inferred: false }]]);
    const anchors = quoteAnchors(
      [
        date("2022-01-24", { until: "2022-01-30" }),
        date("2022-01-21"), // "today": said of every statement of the day
        date("2022-02", { precision: "month" }),
      ],
      [
        quantity("3000", {}),
        quantity("2", { value: 2 }), // "two sides"
        quantity("10000–99999", { vague: true }),
        quantity("2022", { kind: "date" }),
        quantity("12%", { kind: "percent", value: 12, unit: "%" }),
      ],
      references,
    );
    assert.deepEqual(
      anchors.map((anchor) => anchor.key),
      ["date:2022-01-24/2022-01-30", "number:3000", "number:12%"],
    );
  });
});
