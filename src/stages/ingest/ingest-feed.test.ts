import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { ingestFeed } from "./ingest-feed.js";

const input = (name: string) => readFileSync(new URL(`./test-inputs/${name}`, import.meta.url), "utf8");

describe("ingestFeed", () => {
  it("reads RSS items: full content as HTML (caption dropped), else the description; an empty item is reported", () => {
    const { articles, diagnostics } = ingestFeed("f.rss", input("feed.rss"));
    assert.deepEqual(articles[0], {
      path: "f.rss#item0",
      format: "feed",
      text: "Les quais nord du port ont rouvert mardi aux ferries après trois semaines de travaux.\n\nLes premiers navires ont accosté dès six heures du matin.",
      url: "https://nouvelles-port.example.test/quais-nord",
      source: "Les Nouvelles du Port",
      siteName: "Les Nouvelles du Port",
      title: "Les quais nord rouverts",
      byline: "Claire Dumas",
      publishedAt: "2023-03-14T07:30:00.000Z",
      declaredLanguage: "fr",
    });
    assert.equal(articles[1]?.text, "Les dockers ont voté une grève de vingt-quatre heures pour jeudi.");
    assert.deepEqual(
      diagnostics.map((d) => [d.item, d.code]),
      [[2, "no-article-text"]],
    );
  });

  it("reads Atom entries", () => {
    const { articles, diagnostics } = ingestFeed("f.atom", input("feed.atom"));
    assert.deepEqual(diagnostics, []);
    assert.equal(articles.length, 1);
    assert.equal(articles[0]?.path, "f.atom#item0");
    assert.equal(
      articles[0]?.text,
      "The northern quays reopened to ferries on Tuesday.\n\nBoarding now takes forty minutes.",
    );
    assert.equal(articles[0]?.source, "Harbour Weekly");
    assert.equal(articles[0]?.byline, "Sam Porter");
    assert.equal(articles[0]?.declaredLanguage, "en");
    assert.equal(articles[0]?.publishedAt, "2023-03-14T07:30:00.000Z");
  });

  it("reports a broken feed and a feed without items as errors", () => {
    assert.deepEqual(
      ingestFeed("m.rss", input("malformed-feed.rss")).diagnostics.map((d) => d.code),
      ["feed-parse-error"],
    );
    assert.deepEqual(
      ingestFeed("e.xml", input("feed-without-items.xml")).diagnostics.map((d) => d.code),
      ["feed-without-items"],
    );
  });
});
