import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RawArticle, RemovalReason } from "../../domain/article.js";
import { cleanArticle, createCleaner, normalizeText } from "./index.js";

const raw = (text: string, extra: Partial<RawArticle> = {}): RawArticle => ({
  path: "test.txt",
  format: "text",
  text,
  ...extra,
});

const removedAs = (text: string, extra: Partial<RawArticle> = {}): Array<[RemovalReason, string]> =>
  cleanArticle(raw(text, extra)).removed.map((piece) => [piece.reason, piece.text]);

/** Nothing lost: the normalised input's words are the cleaned text's plus the removed pieces'. */
function assertNothingLost(input: RawArticle): void {
  const cleaned = cleanArticle(input);
  const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== "");
  const before = words(normalizeText(input.text)).sort();
  const after = [...words(cleaned.text), ...cleaned.removed.flatMap((piece) => words(piece.text))].sort();
  assert.deepEqual(after, before);
  assert.equal(normalizeText(cleaned.text), cleaned.text, "cleaned text is normalised");
}

const ENGLISH = [
  "Home › World › Europe",
  "Talks in Geneva end without breakthrough",
  "By Jane Doe",
  "Share 120 Tweet 14",
  "",
  "The top diplomats of the United States and Russia met in Geneva on Friday for talks on Ukraine.",
  "",
  "Read more: Why Ukraine matters to Russia",
  "",
  "“We did not expect a breakthrough,” a senior official said.",
  "",
  "Photo: Fabrice Coffrini/AFP via Getty Images",
  "",
  "Read more about the plan in the report, officials said.",
  "",
  "Advertisement",
  "",
  "What happens next",
  "",
  "Washington will send written answers next week.",
  "",
  "Jane Doe is a reporter at The Daily Example covering diplomacy.",
  "(Reuters)",
].join("\n");

const SPANISH = [
  "Inicio / Internacional / Europa",
  "",
  "12",
  "3",
  "",
  "El secretario de Estado estadounidense se reunió el viernes con su homólogo ruso en Ginebra.",
  "",
  "Lee también: La OTAN refuerza su flanco oriental",
  "",
  "Ambos acordaron seguir dialogando la próxima semana. Foto: EFE/Martial Trezzini",
  "",
  "«No esperamos grandes avances», dijo Lavrov.",
  "",
  "Artículo anteriorLos precios de la energía siguen subiendo",
  "Artículo siguienteEl Gobierno aprueba el presupuesto",
  "María López es periodista de la sección de Internacional desde 2015.",
].join("\n");

const GERMAN = [
  "Startseite > Politik > Ausland",
  "",
  "Die Außenminister der USA und Russlands haben sich am Freitag in Genf getroffen.",
  "",
  "Lesen Sie auch: Was Russland von der Nato will",
  "",
  "Bild: dpa",
  "",
  "Beide Seiten wollen weiter miteinander sprechen, sagte Blinken.",
  "",
  "Mehr zum Thema",
  "",
  "Nächster Artikel",
  "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
  "dpa",
].join("\n");

const ITALIAN = [
  "Il segretario di Stato americano ha incontrato il ministro russo a Ginevra.",
  "",
  "Leggi anche: Ucraina, cosa vuole Mosca",
  "",
  "Foto ANSA/Salvatore Di Nolfi",
  "",
  "«Non ci aspettiamo progressi», ha detto Lavrov ai giornalisti.",
  "",
  "Iscriviti alla newsletter per ricevere le notizie del giorno",
  "",
  "Articolo successivo: Il governo approva la manovra",
  "Lascia un commento",
].join("\n");

const PORTUGUESE = [
  "O secretário de Estado norte-americano encontrou-se com o chefe da diplomacia russa em Genebra.",
  "",
  "Leia também: O que a Rússia quer da NATO",
  "",
  "Foto: Reuters",
  "",
  "As conversações vão continuar na próxima semana, disse Lavrov.",
  "",
  "Publicidade",
  "",
  "Assine a nossa newsletter e receba as notícias do dia",
  "João Silva é jornalista da secção Internacional.",
].join("\n");

const ROMANIAN = [
  "Acasă » Externe » Europa",
  "",
  "Secretarul de stat american s-a întâlnit vineri la Geneva cu ministrul rus de externe.",
  "",
  "Citește și: Ce vrea Rusia de la NATO",
  "",
  "Foto: Inquam Photos / George Călin",
  "",
  "Discuțiile vor continua săptămâna viitoare, a declarat Lavrov.",
  "",
  "Articolul următor: Guvernul a aprobat bugetul",
  "Abonează-te la newsletter pentru a primi știrile zilei",
  "Agerpres",
].join("\n");

describe("cleanArticle, rule by rule, in several languages", () => {
  it("English: breadcrumb, title, byline, share buttons, teaser, credit, advert, heading, bio, agency tag", () => {
    assert.deepEqual(removedAs(ENGLISH, { title: "Talks in Geneva end without breakthrough" }), [
      ["breadcrumb", "Home › World › Europe"],
      ["title-repeat", "Talks in Geneva end without breakthrough"],
      ["byline", "By Jane Doe"],
      ["share-counter", "Share 120 Tweet 14"],
      ["read-also", "Read more: Why Ukraine matters to Russia"],
      ["photo-credit", "Photo: Fabrice Coffrini/AFP via Getty Images"],
      ["advertisement", "Advertisement"],
      ["subheading", "What happens next"],
      ["author-bio", "Jane Doe is a reporter at The Daily Example covering diplomacy."],
      ["agency-tag", "(Reuters)"],
    ]);
    const cleaned = cleanArticle(raw(ENGLISH, { title: "Talks in Geneva end without breakthrough" }));
    assert.ok(
      cleaned.text.includes("Read more about the plan in the report, officials said."),
      "a sentence starting like a cue stays",
    );
    assert.ok(cleaned.text.startsWith("The top diplomats"));
  });

  it("Spanish: slash breadcrumb, share counters, teaser, glued credit, prev/next links, bio", () => {
    assert.deepEqual(removedAs(SPANISH), [
      ["breadcrumb", "Inicio / Internacional / Europa"],
      ["share-counter", "12\n3"],
      ["read-also", "Lee también: La OTAN refuerza su flanco oriental"],
      ["photo-credit", "Foto: EFE/Martial Trezzini"],
      [
        "navigation",
        "Artículo anteriorLos precios de la energía siguen subiendo\nArtículo siguienteEl Gobierno aprueba el presupuesto",
      ],
      ["author-bio", "María López es periodista de la sección de Internacional desde 2015."],
    ]);
    assert.ok(cleanArticle(raw(SPANISH)).text.includes("Ambos acordaron seguir dialogando la próxima semana."));
  });

  it("German: breadcrumb, teaser, credit, bare teaser label, navigation, cookie banner, agency tag", () => {
    assert.deepEqual(removedAs(GERMAN), [
      ["breadcrumb", "Startseite > Politik > Ausland"],
      ["read-also", "Lesen Sie auch: Was Russland von der Nato will"],
      ["photo-credit", "Bild: dpa"],
      ["read-also", "Mehr zum Thema"],
      ["navigation", "Nächster Artikel"],
      ["cookie-notice", "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten."],
      ["agency-tag", "dpa"],
    ]);
  });

  it("Italian: teaser, agency credit, newsletter, navigation, comments", () => {
    assert.deepEqual(removedAs(ITALIAN), [
      ["read-also", "Leggi anche: Ucraina, cosa vuole Mosca"],
      ["photo-credit", "Foto ANSA/Salvatore Di Nolfi"],
      ["newsletter", "Iscriviti alla newsletter per ricevere le notizie del giorno"],
      ["navigation", "Articolo successivo: Il governo approva la manovra"],
      ["comments", "Lascia un commento"],
    ]);
  });

  it("Portuguese: teaser, credit, advert, newsletter, bio", () => {
    assert.deepEqual(removedAs(PORTUGUESE), [
      ["read-also", "Leia também: O que a Rússia quer da NATO"],
      ["photo-credit", "Foto: Reuters"],
      ["advertisement", "Publicidade"],
      ["newsletter", "Assine a nossa newsletter e receba as notícias do dia"],
      ["author-bio", "João Silva é jornalista da secção Internacional."],
    ]);
  });

  it("Romanian: breadcrumb, teaser, credit, navigation, newsletter, agency tag", () => {
    assert.deepEqual(removedAs(ROMANIAN), [
      ["breadcrumb", "Acasă » Externe » Europa"],
      ["read-also", "Citește și: Ce vrea Rusia de la NATO"],
      ["photo-credit", "Foto: Inquam Photos / George Călin"],
      ["navigation", "Articolul următor: Guvernul a aprobat bugetul"],
      ["newsletter", "Abonează-te la newsletter pentru a primi știrile zilei"],
      ["agency-tag", "Agerpres"],
    ]);
  });

  it("loses nothing silently, in any of these languages", () => {
    for (const text of [ENGLISH, SPANISH, GERMAN, ITALIAN, PORTUGUESE, ROMANIAN]) assertNothingLost(raw(text));
  });
});

describe("cleanArticle keeps the article's own text", () => {
  it("keeps a quotation on its own line, a short paragraph, and sentences that mention agencies or photos", () => {
    const text = [
      "Les deux ministres se sont rencontrés vendredi à Genève.",
      "« Nous ne sommes pas pressés »",
      "",
      "Il est parti.",
      "",
      "Reuters a rapporté que les discussions avaient duré deux heures.",
      "",
      "Photo opportunities were rare, he said.",
      "",
      "Lire aussi les mémoires du diplomate, conseille-t-il.",
      "",
      "Son frère est journaliste au Monde.",
    ].join("\n");
    const cleaned = cleanArticle(raw(text));
    assert.deepEqual(cleaned.removed, []);
    assert.equal(cleaned.text, text);
  });

  it("does not take a hard-wrapped first line for a headline", () => {
    const text =
      "Le secrétaire d'Etat américain a affirmé ce\nvendredi que le dialogue avec Moscou se poursuivrait.\n\nLa suite est prévue la semaine prochaine.";
    assert.deepEqual(cleanArticle(raw(text)).removed, []);
  });

  it("takes a first-line headline out as the title when the input gives none", () => {
    const cleaned = cleanArticle(
      raw("Blinken et Lavrov à Genève\n\nLes deux ministres se sont rencontrés vendredi.\n\nIls se reverront."),
    );
    assert.equal(cleaned.title, "Blinken et Lavrov à Genève");
    assert.equal(cleaned.text, "Les deux ministres se sont rencontrés vendredi.\n\nIls se reverront.");
  });

  it("cuts a given title glued to the lede, and falls back to the first sentence as the title", () => {
    const glued = cleanArticle(
      raw("Sommet à Genève : pas d'accord Les deux ministres se sont quittés sans accord vendredi soir.", {
        title: "Sommet à Genève : pas d'accord",
      }),
    );
    assert.deepEqual(glued.removed, [{ text: "Sommet à Genève : pas d’accord", reason: "title-repeat" }]);
    assert.equal(glued.text, "Les deux ministres se sont quittés sans accord vendredi soir.");
    assert.equal(cleanArticle(raw("Ils se sont vus. Puis ils sont partis.")).title, "Ils se sont vus.");
  });

  it("does not cut a glued headline at a name that starts with an article", () => {
    const text =
      "Selon les informations publiées vendredi par Le Monde, les deux ministres se sont quittés sans accord.";
    assert.deepEqual(cleanArticle(raw(text)).removed, []);
  });

  it("removes lines without a letter or digit as empty", () => {
    assert.deepEqual(removedAs("Premier paragraphe du texte.\n\n* * *\n\nSecond paragraphe du texte."), [
      ["empty", "* * *"],
    ]);
  });
});

describe("createCleaner, across a site's articles", () => {
  const article = (n: number, body: string): RawArticle =>
    raw(
      `${body}\n\nSuivez-nous sur Telegram\n\nLa rédaction vous souhaite une bonne lecture et vous donne rendez-vous demain pour de nouvelles analyses.`,
      {
        source: "Le Quotidien",
        url: `https://www.lequotidien.example/${n}`,
        path: `${n}.html`,
      },
    );

  it("removes lines seen in three articles of one site, and not in another site's", () => {
    const cleaner = createCleaner();
    const articles = [1, 2, 3].map((n) =>
      article(n, `Premier fait numéro ${n}, rapporté vendredi.\n\nSecond fait numéro ${n}, confirmé samedi.`),
    );
    for (const item of articles) cleaner.observe(item);
    const cleaned = cleaner.clean(articles[0]!);
    assert.deepEqual(
      cleaned.removed.map((piece) => piece.reason),
      ["repeated-across-site", "repeated-across-site"],
    );
    assert.equal(cleaned.text, "Premier fait numéro 1, rapporté vendredi.\n\nSecond fait numéro 1, confirmé samedi.");
    const other = cleaner.clean({ ...articles[1]!, source: "Autre journal", url: "https://autre.example/2" });
    assert.ok(other.removed.every((piece) => piece.reason !== "repeated-across-site"));
    assert.ok(other.text.includes("La rédaction vous souhaite une bonne lecture"));
  });

  it("counts a site by URL host when no source is named, and the same article once", () => {
    const cleaner = createCleaner();
    const first = raw("Un fait rapporté vendredi.\n\nSuivez-nous sur Telegram", { url: "https://www.site.example/a" });
    const second = raw("Un autre fait rapporté samedi.\n\nSuivez-nous sur Telegram", { url: "https://site.example/b" });
    cleaner.observe(first);
    cleaner.observe(first);
    assert.equal(cleaner.clean(first).removed.length, 0, "one article is not a site pattern");
    cleaner.observe(second);
    assert.deepEqual(cleaner.clean(first).removed, [
      { text: "Suivez-nous sur Telegram", reason: "repeated-across-site" },
    ]);
  });

  it("keeps a body sentence shared by two of four articles of a site", () => {
    const cleaner = createCleaner();
    const shared = "La Russie maintient quelque 100 000 soldats à la frontière ukrainienne depuis des semaines.";
    const bodies = [
      `Premier fait du jour.\n\n${shared}\n\nTroisième fait du jour.\n\nQuatrième fait.\n\nCinquième fait.\n\nSixième fait.\n\nSeptième fait.\n\nHuitième fait.\n\nNeuvième fait.\n\nDixième fait.\n\nOnzième fait.\n\nDouzième fait.\n\nTreizième fait.\n\nQuatorzième fait.\n\nQuinzième fait.`,
      `Autre fait.\n\n${shared}\n\nEncore un fait.`,
      "Un article sans rapport.",
      "Un dernier article.",
    ];
    const items = bodies.map((body, n) => raw(body, { source: "Site", path: `${n}.txt` }));
    for (const item of items) cleaner.observe(item);
    assert.ok(cleaner.clean(items[0]!).text.includes(shared));
  });
});
