import assert from "node:assert/strict";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Evidence } from "../src/domain/span.js";
import { analyzeCase, goldenCases } from "./golden/cases.js";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name.startsWith(".") ? [] : [path];
  });
}

// Properties that hold for every golden case, whatever the methods: offsets inside the text,
// summary items verbatim, every article in exactly one story, every input accounted for.
for (const golden of goldenCases()) {
  describe(`invariants ${golden.name}`, async () => {
    const analysis = await analyzeCase(golden.inputs);
    const byId = new Map(analysis.articles.map((article) => [article.id, article]));
    const inside = (evidence: Evidence, what: string) => {
      const article = byId.get(evidence.articleId);
      assert.ok(article, `${what}: unknown article ${evidence.articleId}`);
      assert.ok(
        0 <= evidence.start && evidence.start < evidence.end && evidence.end <= article.text.length,
        `${what}: offsets ${evidence.start}-${evidence.end} outside the text`,
      );
      return article.text.slice(evidence.start, evidence.end);
    };

    it("every input file is an article or a diagnostic", () => {
      const accounted = new Set(
        [...analysis.articles.map((a) => a.path), ...analysis.diagnostics.map((d) => d.path)].map((p) =>
          p.replace(/#.*$/, ""),
        ),
      );
      for (const file of filesUnder(golden.inputs)) assert.ok(accounted.has(file), `${file} vanished`);
    });

    it("every article is in exactly one story", () => {
      const seen = new Map<string, number>();
      for (const story of analysis.stories) for (const id of story.articleIds) seen.set(id, (seen.get(id) ?? 0) + 1);
      for (const article of analysis.articles)
        assert.equal(seen.get(article.id), 1, `${article.path} is in ${seen.get(article.id) ?? 0} stories`);
    });

    it("summary items are verbatim at their offsets and fit the word budget", () => {
      for (const story of analysis.stories) {
        let words = 0;
        for (const item of story.summary) {
          assert.equal(inside(item, "summary"), item.text);
          for (const id of item.alsoIn)
            assert.ok(story.articleIds.includes(id), "alsoIn names an article outside the story");
          words += item.text.split(/\s+/).filter(Boolean).length;
        }
        assert.ok(words <= 100, `summary of ${story.id} has ${words} words`);
      }
    });

    it("every quote, fact, discrepancy, entity and timeline span is inside its article and verbatim", () => {
      for (const story of analysis.stories) {
        for (const quote of story.quotes) for (const v of quote.variants) assert.equal(inside(v, "quote"), v.text);
        for (const fact of story.facts) {
          for (const e of fact.evidence) inside(e, "fact");
          assert.ok(
            fact.evidence.some((e) => inside(e, "fact") === fact.text),
            `fact text is not verbatim: ${fact.text}`,
          );
          assert.ok(fact.independentSources <= fact.articleIds.length);
        }
        for (const d of story.discrepancies)
          for (const v of d.values) for (const e of v.evidence) inside(e, "discrepancy");
        for (const entity of story.entities) {
          for (const m of entity.evidence) assert.equal(inside(m, "entity"), m.text);
          // A person's functions are verbatim too, the first written as shown; only people have them.
          if (entity.type !== "person") assert.deepEqual(entity.roles, [], `${entity.name}: a function`);
          for (const role of entity.roles) {
            for (const e of role.evidence) assert.equal(inside(e, "role"), e.text);
            assert.equal(role.evidence[0]?.text, role.text);
            assert.deepEqual(
              role.evidence.map((e) => e.articleId),
              role.articleIds,
            );
          }
        }
        for (const event of story.timeline) {
          for (const e of event.evidence) inside(e, "timeline");
          assert.ok(
            event.evidence.some((e) => inside(e, "timeline") === event.text),
            `timeline text is not verbatim: ${event.text}`,
          );
        }
        for (const row of story.coverage) assert.equal(row.facts.length, story.facts.length);
      }
    });

    it("cleaned text is NFC with no boilerplate control characters", () => {
      for (const article of analysis.articles) {
        assert.equal(article.text, article.text.normalize("NFC"));
        // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
        assert.doesNotMatch(article.text, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u00a0]/u);
      }
    });
  });
}
