import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertNothingLost, raw, removedAs } from "./clean-test-support.js";
import { cleanArticle } from "./index.js";

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
