import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../../domain/article.js";
import { asArticleId } from "../../../domain/ids.js";
import { segmentText } from "../../segment/index.js";
import { extractQuantities, parseDigits } from "./index.js";

function quantities(text: string, language: string) {
  const article = { id: asArticleId("a_0000000000000002"), text, language } as Article;
  return extractQuantities({ article, segmented: segmentText(text, language) }).map((q) => [
    q.text,
    q.kind,
    q.normalized,
  ]);
}

describe("parseDigits", () => {
  it("reads thousands separators and decimal marks by language convention", () => {
    assert.equal(parseDigits("100 000", ","), 100000);
    assert.equal(parseDigits("100.000", ","), 100000);
    assert.equal(parseDigits("100,000", "."), 100000);
    assert.equal(parseDigits("1,5", ","), 1.5);
    assert.equal(parseDigits("1.5", "."), 1.5);
    assert.equal(parseDigits("1.234,5", ","), 1234.5);
    assert.equal(parseDigits("1,000,000", "."), 1000000);
  });
});

describe("extractQuantities", () => {
  it("reads no number in words that objects inherit the names of", () => {
    const text = "The constructor of the toString library met the valueOf committee.";
    assert.deepEqual(quantities(text, "en"), []);
    assert.deepEqual(quantities("Le constructor a livré deux ponts.", "fr"), [["deux", "count", "2"]]);
  });

  it("normalises counts written three ways to one value", () => {
    assert.deepEqual(quantities("Environ 100 000 soldats.", "fr")[0], ["100 000", "count", "100000"]);
    assert.deepEqual(quantities("Quelque 100.000 soldats.", "fr")[0], ["100.000", "count", "100000"]);
    assert.deepEqual(quantities("Some 100,000 troops.", "en")[0], ["100,000", "count", "100000"]);
  });

  it("reads durations in words and digits as minutes", () => {
    assert.deepEqual(quantities("La réunion s'est terminée après une heure et demie.", "fr"), [
      ["une heure et demie", "duration", "90 min"],
    ]);
    assert.deepEqual(quantities("Ils ont discuté deux heures.", "fr"), [["deux heures", "duration", "120 min"]]);
    assert.deepEqual(quantities("Moins de 20 minutes avant le début.", "fr"), [["20 minutes", "duration", "20 min"]]);
    assert.deepEqual(quantities("The talks lasted two and a half hours.", "en"), [
      ["two and a half hours", "duration", "150 min"],
    ]);
    assert.deepEqual(quantities("The talks lasted an hour and a half.", "en"), [
      ["an hour and a half", "duration", "90 min"],
    ]);
    assert.deepEqual(quantities("Las conversaciones duraron dos horas.", "es"), [["dos horas", "duration", "120 min"]]);
    assert.deepEqual(quantities("Die Gespräche dauerten zwei Stunden.", "de"), [
      ["zwei Stunden", "duration", "120 min"],
    ]);
    assert.deepEqual(quantities("I colloqui sono durati due ore.", "it"), [["due ore", "duration", "120 min"]]);
    assert.deepEqual(quantities("As conversas duraram duas horas.", "pt"), [["duas horas", "duration", "120 min"]]);
    assert.deepEqual(quantities("Discuțiile au durat două ore.", "ro"), [["două ore", "duration", "120 min"]]);
    // Romanian's feminine article counts one before a unit, as "an hour" does: "o oră", "o zi"; not "o iubește".
    assert.deepEqual(quantities("Discuțiile au durat o oră și jumătate.", "ro"), [
      ["o oră și jumătate", "duration", "90 min"],
    ]);
    assert.deepEqual(quantities("El o iubește de mult.", "ro"), []);
  });

  it("tells a time of day from a duration", () => {
    assert.deepEqual(quantities("Ils se sont serré la main vers 11 heures.", "fr"), [["11 heures", "time", "11:00"]]);
    assert.deepEqual(quantities("La réunion a commencé à 11h05.", "fr"), [["11h05", "time", "11:05"]]);
    assert.deepEqual(quantities("Das Treffen begann um 11 Uhr.", "de"), [["11 Uhr", "time", "11:00"]]);
  });

  it("reads no count in a day before its month past a joining word ('9 de marzo', '28 de outubro', '25 of March')", () => {
    assert.deepEqual(quantities("Se reunieron el 9 de marzo de 2026 con 300 personas.", "es").slice(-1), [
      ["300", "count", "300"],
    ]);
    assert.equal(quantities("Reuniram-se a 28 de outubro em Lisboa.", "pt").length, 0);
    assert.equal(quantities("The talks ended on the 25 of March.", "en").length, 0);
    // Not a joining word: a count of its own.
    assert.deepEqual(quantities("Llegaron 9 de los 12 ministros.", "es")[0]?.slice(1), ["count", "9"]);
  });

  it("reads a time of day as written, with its am or pm, and quotes no word after it", () => {
    assert.deepEqual(quantities("It struck at 14:30 on Friday.", "en"), [["14:30", "time", "14:30"]]);
    assert.deepEqual(quantities("Le séisme a eu lieu à 2h30 du matin.", "fr"), [["2h30", "time", "02:30"]]);
    // One time, however it is written: "2:30 p.m." and "2.30pm" agree with "14:30".
    assert.deepEqual(quantities("It struck at 2:30 p.m. local time.", "en"), [["2:30 p.m.", "time", "14:30"]]);
    assert.deepEqual(quantities("It struck at 2.30pm.", "en"), [["2.30pm", "time", "14:30"]]);
    assert.deepEqual(quantities("It struck at 2:30 am on Friday.", "en"), [["2:30 am", "time", "02:30"]]);
    assert.deepEqual(quantities("The polls close at 8 p.m. tonight.", "en"), [["8 p.m.", "time", "20:00"]]);
    assert.deepEqual(quantities("Power returned at 12 a.m. sharp.", "en"), [["12 a.m.", "time", "00:00"]]);
    assert.deepEqual(quantities("The quake hit at 17:06 pm on Sunday.", "en"), [["17:06 pm", "time", "17:06"]]);
    // A game's or a race's clock is no time of day, and no count either.
    assert.deepEqual(quantities("He scored with 7:41 left in the first half.", "en"), []);
    assert.deepEqual(quantities("The drive ate up 4:08 to play in the quarter.", "en"), []);
    assert.deepEqual(quantities("Kipchoge won in 2:05:30 on Sunday.", "en"), []);
    // Minutes after the hour word, and hours and minutes written as a decimal before it.
    assert.deepEqual(quantities("Le séisme a frappé à 3 h 42 lundi.", "fr"), [["3 h 42", "time", "03:42"]]);
    assert.deepEqual(quantities("Il parlera à 15 heures 30.", "fr"), [["15 heures 30", "time", "15:30"]]);
    assert.deepEqual(quantities("Sacudió a las 3.42 horas el centro.", "es"), [["3.42 horas", "time", "03:42"]]);
    assert.deepEqual(quantities("Er spricht um 10 Uhr 30 in Berlin.", "de"), [["10 Uhr 30", "time", "10:30"]]);
    // ... but not the start of the number after the time.
    assert.deepEqual(quantities("Vers 20 heures 15 000 manifestants.", "fr")[0]?.slice(1), ["time", "20:00"]);
    // Not a time: a decimal without am/pm, a man after a number.
    assert.deepEqual(quantities("The index rose 2.30 points.", "en")[0]?.slice(1), ["count", "2.3"]);
    assert.deepEqual(quantities("He gave 5 a man.", "en")[0]?.slice(1), ["count", "5"]);
  });

  it("reads amounts with multipliers, decimal commas and currencies", () => {
    assert.deepEqual(quantities("Une aide de 200 millions de dollars.", "fr"), [
      ["200 millions de dollars", "amount", "200000000 USD"],
    ]);
    assert.deepEqual(quantities("Un budget de 1,5 milliard d'euros.", "fr"), [
      ["1,5 milliard d'euros", "amount", "1500000000 EUR"],
    ]);
    assert.deepEqual(quantities("An aid of $200 million.", "en"), [["200 million", "amount", "200000000 USD"]]);
    assert.deepEqual(quantities("Die Inflation lag bei 5,3 Prozent.", "de"), [["5,3 Prozent", "percent", "5.3%"]]);
  });

  it("multiplies digits by the thousand written after them, in every language, and by each word after", () => {
    const thousands: [string, string, string][] = [
      ["pt", "Cerca de 2 mil agentes foram mobilizados.", "2 mil"],
      ["es", "Unos 30 mil manifestantes marcharon.", "30 mil"],
      ["it", "Circa 2 mila agenti sono stati mobilitati.", "2 mila"],
      ["ro", "Aproximativ 2 mii de polițiști au fost mobilizați.", "2 mii"],
      ["de", "Rund 2 Tausend Polizisten wurden eingesetzt.", "2 Tausend"],
      ["en", "Some 2 thousand officers were deployed.", "2 thousand"],
    ];
    for (const [language, text, written] of thousands) {
      const count = quantities(text, language).find(([, kind]) => kind === "count");
      assert.deepEqual(count?.[0], written, language);
      assert.equal(Number(count?.[2]) % 1000, 0, `${language}: ${count?.[2]}`);
    }
    assert.deepEqual(quantities("El plan suma 5 mil millones de dólares.", "es"), [
      ["5 mil millones de dólares", "amount", "5000000000 USD"],
    ]);
    assert.deepEqual(quantities("Foram construídas 1,5 mil casas.", "pt"), [["1,5 mil", "count", "1500"]]);
    // A year before a plural multiplies nothing.
    assert.deepEqual(quantities("In 2012 millions of people voted.", "en")[0], ["2012", "date", "2012"]);
  });

  it("reads a dollar by its country's letters and the currencies of Asia and Brazil; a capitalised name is none", () => {
    assert.deepEqual(quantities("O governo anunciou R$ 2 bilhões e 5.000 reais por família.", "pt"), [
      ["2 bilhões", "amount", "2000000000 BRL"],
      ["5.000 reais", "amount", "5000 BRL"],
    ]);
    assert.deepEqual(quantities("A Petrobras investiu US$ 3 milhões.", "pt"), [["3 milhões", "amount", "3000000 USD"]]);
    assert.deepEqual(quantities("The fund raised 2 billion yuan and 300 million yen.", "en"), [
      ["2 billion yuan", "amount", "2000000000 CNY"],
      ["300 million yen", "amount", "300000000 JPY"],
    ]);
    assert.deepEqual(quantities("Elle est partie en 2013, Yuan est resté.", "fr"), [["2013", "date", "2013"]]);
    assert.deepEqual(quantities("In 1987, dollars were scarce.", "en"), [["1987", "date", "1987"]]);
    // The same holds for units of time: a year before a comma, a newspaper's or a race's name.
    assert.deepEqual(quantities("In 2012, hours of talks failed.", "en"), [["2012", "date", "2012"]]);
    assert.deepEqual(quantities("Selon 20 Minutes, les 24 Heures du Mans durent 24 heures.", "fr"), [
      ["20", "count", "20"],
      ["24", "count", "24"],
      ["24 heures", "duration", "1440 min"],
    ]);
  });

  it("reads distances in kilometres whatever their unit; not a speed, nor a unit in a name", () => {
    assert.deepEqual(quantities("The fire started 35 km (22 miles) from Athens.", "en"), [
      ["35 km", "count", "35 km"],
      ["22 miles", "count", "35.406 km"],
    ]);
    assert.deepEqual(quantities("Le feu a pris à 40 kilomètres d'Athènes.", "fr"), [
      ["40 kilomètres", "count", "40 km"],
    ]);
    assert.deepEqual(quantities("Das Feuer brach 40 Kilometer nördlich aus.", "de")[0], [
      "40 Kilometer",
      "count",
      "40 km",
    ]);
    assert.deepEqual(quantities("The car drove at 130 km/h.", "en")[0]?.[2], "130");
    assert.deepEqual(quantities("Three Mile Island was shut.", "en")[0]?.[2], "3");
  });

  it("keeps vague collective numbers as ranges", () => {
    const [vague] = quantities("des dizaines de milliers de militaires", "fr");
    assert.deepEqual(vague, ["dizaines de milliers", "count", "10000–99999"]);
    assert.deepEqual(quantities("tens of thousands of troops", "en")[0], ["tens of thousands", "count", "10000–99999"]);
  });

  it("reads compound number words", () => {
    assert.deepEqual(quantities("vingt-deux soldats", "fr")[0]?.[2], "22");
    assert.deepEqual(quantities("quatre-vingts soldats", "fr")[0]?.[2], "80");
    assert.deepEqual(quantities("two hundred and fifty soldiers", "en")[0]?.[2], "250");
    assert.deepEqual(quantities("treinta y dos soldados", "es")[0]?.[2], "32");
  });

  it("en, fr: reads no measure in a score, a range, a name, a path or a day after its month", () => {
    const english =
      "The Colts won 27-24 on Jan. 6 after a 1974-78 drought; F-16 jets flew. See news/133594 from 05/02/07.";
    assert.deepEqual(quantities(english, "en"), []);
    assert.deepEqual(quantities("Le COVID-19 a fait 300 morts entre 2019-2020.", "fr"), [["300", "count", "300"]]);
    const stamped = "Posted August 7, 2012-5:46 pm. Read www.nydailynews.com/new-york/article-1.1314511 for 12 more.";
    assert.deepEqual(
      quantities(stamped, "en").map(([text]) => text),
      ["12"],
    );
    // A measure beside them is still read: "a 35-year-old", "12 ships".
    assert.deepEqual(
      quantities("On March 2, a 35-year-old man saw 12 ships.", "en").map(([text]) => text),
      ["35-year", "12"],
    );
  });

  it("en, fr, es, ro: reads no count in an ordinal (which one, not how many)", () => {
    const texts = (text: string, language: string) => quantities(text, language).map(([found]) => found);
    assert.deepEqual(texts("The 85th Academy Awards had 3 hosts; he came 22nd.", "en"), ["3"]);
    assert.deepEqual(texts("Au 3e tour, la 2ème place et le 1er ministre, 4 candidats.", "fr"), ["4"]);
    assert.deepEqual(texts("El 5º aniversario y la 3.ª edición, con 5 obras.", "es"), ["5"]);
    assert.deepEqual(texts("Este al 3-lea an, cu 5 oameni.", "ro"), ["5"]);
  });

  it("en, fr: tells someone's age, and whose, from a length of years", () => {
    const ages = (text: string, language: string) => {
      const article = { id: asArticleId("a_0000000000000003"), text, language } as Article;
      return extractQuantities({ article, segmented: segmentText(text, language) }).map((q) => [
        q.text,
        q.role,
        q.head,
      ]);
    };
    assert.deepEqual(ages("The 35-year-old man served a 12-year sentence.", "en"), [
      ["35-year", "age", "man"],
      ["12-year", "measure", null],
    ]);
    assert.deepEqual(ages("Philando Castile, 32 ans, avait obtenu un mandat de cinq ans.", "fr"), [
      ["32 ans", "age", "castil"],
      ["cinq ans", "measure", null],
    ]);
    assert.deepEqual(ages("Un homme âgé de 40 ans a été arrêté.", "fr"), [["40 ans", "age", "homm"]]);
    assert.deepEqual(ages("Jackson, 25, was driving east. In Paris, 300 people marched.", "en"), [
      ["25", "age", "jackson"],
      ["300", "measure", "peopl"],
    ]);
  });

  it("en, fr, es: an article before a number word only determines it; « et un » after tens adds one", () => {
    assert.deepEqual(quantities("The Angels made an eight-year offer and a three-month trial.", "en"), [
      ["an eight-year", "duration", `${8 * 525_600} min`],
      ["a three-month", "duration", `${3 * 43_200} min`],
    ]);
    assert.deepEqual(
      quantities("Twenty and a half hours later, a hundred days had passed.", "en").map(([, , n]) => n),
      ["1230 min", "144000 min"],
    );
    assert.deepEqual(quantities("On compte vingt et un morts et trente et une victimes.", "fr"), [
      ["vingt et un", "count", "21"],
      ["trente et une", "count", "31"],
    ]);
    assert.deepEqual(quantities("Hubo treinta y un muertos.", "es"), [["treinta y un", "count", "31"]]);
  });

  it("en, fr: a time beside a whole date is a page's stamp, not an event's time", () => {
    const times = (text: string, language: string) =>
      quantities(text, language)
        .filter(([, kind]) => kind === "time")
        .map(([, , normalized]) => normalized);
    assert.deepEqual(times("Lohan checks into rehab May 2, 2013 12:50 PM Lindsay Lohan has checked in.", "en"), []);
    assert.deepEqual(times("Lohan checks into rehab 12:52 p.m. EDT May 2, 2013 She checked in today.", "en"), []);
    assert.deepEqual(times("Posted: 11/30/09 05:40 PM ET A convicted sex offender fled.", "en"), []);
    assert.deepEqual(times("Lohan checks into rehab. Updated 4:08 p.m. ET Her attorney said so.", "en"), []);
    assert.deepEqual(times("The fire was reported at 3:33 a.m. on Tuesday in Palmer.", "en"), ["03:33"]);
    assert.deepEqual(times("Publié le 2 mai 2013 à 13h35\n\nLa réunion a commencé à 10h30 jeudi.", "fr"), ["10:30"]);
  });
});
