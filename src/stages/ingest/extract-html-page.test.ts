import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { extractHtmlDocument, extractHtmlPage } from "./extract-html-page.js";
import { htmlToText } from "./html-to-text.js";
import { parseHtmlDocument } from "./parse-html-document.js";

const input = (name: string) => readFileSync(new URL(`./test-inputs/${name}`, import.meta.url), "utf8");

describe("extractHtmlPage", () => {
  it("keeps the article's paragraphs and drops navigation, share bar, caption, byline and link lists", () => {
    const { page, url, removed, diagnostics } = extractHtmlDocument("p.html", input("article-with-boilerplate.html"));
    assert.deepEqual(
      { ...page, text: undefined },
      {
        path: "p.html",
        title: "Le port de Marseille rouvre ses quais aux ferries",
        byline: "Claire Dumas",
        publishedAt: "2023-03-14T08:30:00+01:00",
        siteName: "La Gazette du Littoral",
        language: "fr",
        text: undefined,
      },
    );
    assert.equal(url, "https://www.gazette-littoral.example/economie/port-marseille-ferries");
    assert.deepEqual(diagnostics, []);
    const paragraphs = page.text.split("\n\n");
    assert.equal(paragraphs.length, 5);
    assert.ok(paragraphs[0]!.startsWith("Après trois semaines de travaux, les quais nord"));
    assert.equal(paragraphs[2], "Des retards encore attendus");
    assert.equal(
      paragraphs[3],
      "Les compagnies préviennent toutefois que des retards restent possibles jusqu’à la fin du mois, le temps que les équipes se familiarisent avec les nouvelles passerelles.\nLes voyageurs sont invités à se présenter une heure avant le départ.",
    );
    assert.ok(paragraphs[4]!.endsWith("réservés au trafic de marchandises."));
    for (const boilerplate of [
      "Politique",
      "cookies",
      "Twitter",
      "Photo",
      "Lire aussi",
      "Les dockers votent",
      "Les plus lus",
      "Mentions légales",
    ]) {
      assert.ok(!page.text.includes(boilerplate), boilerplate);
    }
    assert.deepEqual(
      removed.map((r) => r.reason),
      ["caption", "author-bio", "link-dense"],
    );
  });

  it("extracts what a truncated page holds and flags it", () => {
    for (const name of ["truncated-page.html", "truncated-mid-tag.html"]) {
      const { page, diagnostics } = extractHtmlDocument(name, input(name));
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ["truncated-html"],
        name,
      );
      assert.ok(page.text.length > 150, name);
    }
    const { page } = extractHtmlDocument("t.html", input("truncated-page.html"));
    assert.equal(page.title, "Council approves new cycle lanes");
    assert.equal(page.siteName, "Riverside Chronicle");
    assert.ok(page.text.endsWith("which will publish a detailed schedule next wee"));
  });

  it("falls back on the body text, with a warning, when no article block is found", () => {
    const html =
      "<html><body><ul><li>Accueil</li><li>Contact</li></ul><span>Horaires : 9 h – 18 h</span></body></html>";
    const { page, diagnostics } = extractHtmlDocument("f.html", html);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity]),
      [["extraction-fallback", "warning"]],
    );
    assert.equal(page.text, "Accueil\n\nContact\n\nHoraires : 9 h – 18 h");
  });

  it("reads a fragment and metadata from JSON-LD, <time> and the URL's host", () => {
    const html = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"Page"},{"@type":"NewsArticle","headline":"Vote du budget","author":[{"name":"Ana Lopes"},{"name":"Marc Roux"}]}]}</script>
      <article><div class="meta"><time datetime="2023-02-01">1er février</time></div><p>${"Le conseil municipal a voté le budget lundi soir après un long débat. ".repeat(4)}</p></article>`;
    const page = extractHtmlPage("frag.html", html, "https://www.journal.example.test/a/1");
    assert.equal(page.title, "Vote du budget");
    assert.equal(page.byline, "Ana Lopes, Marc Roux");
    assert.equal(page.publishedAt, "2023-02-01");
    assert.equal(page.siteName, "journal.example.test");
    assert.equal(page.language, null);
    assert.ok(page.text.startsWith("Le conseil municipal a voté le budget"));
  });
});

describe("htmlToText", () => {
  it("turns blocks into paragraphs, <br> into lines, and collapses HTML whitespace but not no-break spaces", () => {
    const document = parseHtmlDocument(
      "<div>Un\n  <b>deux</b><br>trois<br><br>quatre<p>cinq\u00a0»</p><ul><li>six</li></ul></div><pre>a  b\nc</pre>",
    );
    assert.equal(htmlToText(document.body!), "Un deux\ntrois\n\nquatre\n\ncinq\u00a0»\n\nsix\n\na b\nc");
  });
});
