import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { makeAnalyzedArticle, testArticleId } from "../../../test/support/analyzed-article.js";
import type { AnalyzedArticle } from "../../domain/document.js";
import { clusterArticles, clusterFeatures, createStoryClusterer } from "./index.js";

function analyzed(
  key: string,
  language: string,
  title: string,
  text: string,
  publishedAt: string | null = null,
): AnalyzedArticle {
  return makeAnalyzedArticle(text, { id: testArticleId(key), path: key, source: key, title, language, publishedAt });
}

const FRENCH: [string, string, string][] = [
  [
    "volcan-1",
    "Éruption du Piton de la Fournaise à La Réunion",
    "Le Piton de la Fournaise est entré en éruption mardi matin à La Réunion. Une coulée de lave descend vers l'enclos Fouqué, loin des habitations, selon l'Observatoire volcanologique. La préfecture a fermé l'accès au volcan.",
  ],
  [
    "volcan-2",
    "La Fournaise se réveille",
    "Nouvelle éruption du Piton de la Fournaise : la lave jaillit depuis mardi d'une fissure sur le flanc sud. L'Observatoire volcanologique surveille la coulée, qui reste dans l'enclos. La préfecture de La Réunion interdit l'accès au volcan.",
  ],
  [
    "volcan-3",
    "Réunion : la coulée de lave progresse",
    "À La Réunion, la coulée de lave du Piton de la Fournaise progresse lentement dans l'enclos Fouqué. Les randonneurs sont priés de ne pas s'approcher du volcan, rappelle la préfecture, qui suit les bulletins de l'Observatoire.",
  ],
  [
    "tour-1",
    "Tour de France : Pogačar s'impose à Hautacam",
    "Tadej Pogačar a remporté l'étape de Hautacam, dans les Pyrénées, devant Jonas Vingegaard. Le Slovène reprend du temps au classement général du Tour de France, où le Danois garde le maillot jaune.",
  ],
  [
    "tour-2",
    "Vingegaard garde le maillot jaune",
    "Au sommet de Hautacam, Jonas Vingegaard a limité les dégâts face à Tadej Pogačar, vainqueur de l'étape pyrénéenne. Le Danois conserve le maillot jaune du Tour de France avec une avance réduite au général.",
  ],
  [
    "tour-3",
    "Pogačar attaque dans les Pyrénées",
    "Tadej Pogačar a attaqué dans la montée finale vers Hautacam pour gagner l'étape. Jonas Vingegaard, maillot jaune, a concédé quelques secondes. Le Tour de France se jouera dans les derniers jours.",
  ],
  [
    "lait-1",
    "Le prix du lait payé aux éleveurs augmente",
    "Lactalis va augmenter le prix du lait payé aux éleveurs laitiers de Bretagne et de Normandie. Les producteurs, qui dénonçaient la hausse du coût de l'alimentation animale, saluent un premier pas.",
  ],
  [
    "lait-2",
    "Accord entre Lactalis et les producteurs de lait",
    "Après des semaines de négociations, Lactalis et les éleveurs laitiers ont trouvé un accord sur le prix du lait. La hausse doit compenser le coût de l'alimentation animale, selon les producteurs de Bretagne.",
  ],
  [
    "lait-3",
    "Éleveurs laitiers : une hausse jugée insuffisante",
    "Certains éleveurs laitiers de Normandie jugent insuffisante la hausse du prix du lait annoncée par Lactalis. Les producteurs rappellent que le coût de l'alimentation animale a fortement augmenté.",
  ],
];

const ENGLISH: [string, string, string][] = [
  [
    "quake-1",
    "Earthquake shakes northern Chile",
    "A magnitude 7.1 earthquake struck off the coast of northern Chile on Monday, near the port of Iquique. Residents fled to higher ground after a tsunami warning, which the Chilean navy later lifted.",
  ],
  [
    "quake-2",
    "Chile lifts tsunami warning after strong quake",
    "The Chilean navy lifted a tsunami warning hours after a magnitude 7.1 earthquake hit near Iquique. Buildings swayed across northern Chile and several landslides blocked roads, officials said.",
  ],
  [
    "quake-3",
    "Iquique residents return home after quake",
    "People in Iquique returned home on Tuesday after the magnitude 7.1 earthquake that shook northern Chile. The tsunami warning was lifted and the navy reported no serious damage to the port.",
  ],
  [
    "merger-1",
    "Brightline agrees to buy Harbor Rail",
    "Brightline has agreed to buy Harbor Rail for $2.4 billion, creating the largest private passenger rail operator in Florida. Shareholders of Harbor Rail will receive $31 per share in cash.",
  ],
  [
    "merger-2",
    "Harbor Rail accepts Brightline offer",
    "Harbor Rail's board accepted Brightline's $2.4 billion takeover offer, or $31 per share. The deal, which needs approval from regulators, would combine the two Florida rail operators.",
  ],
  [
    "merger-3",
    "Regulators to review Brightline deal",
    "Florida regulators will review Brightline's purchase of Harbor Rail, a $2.4 billion deal announced on Wednesday. Harbor Rail shareholders get $31 per share; the combined rail operator would run most private lines.",
  ],
  [
    "library-1",
    "Oxford library reopens after renovation",
    "The Bodleian Library in Oxford reopened its historic reading room after a two-year renovation. Scholars returned to the restored Duke Humfrey's Library, whose medieval ceiling was repaired.",
  ],
  [
    "library-2",
    "Restored Duke Humfrey's Library welcomes readers",
    "Readers were back in Duke Humfrey's Library on Monday as the Bodleian completed the renovation of its oldest reading room in Oxford. Conservators repaired the painted medieval ceiling.",
  ],
  [
    "library-3",
    "Bodleian finishes two-year renovation",
    "The Bodleian Library has finished a two-year renovation of Duke Humfrey's Library in Oxford. The medieval reading room, with its painted ceiling, is open again to scholars and readers.",
  ],
];

function build(language: string, items: [string, string, string][]): AnalyzedArticle[] {
  return items.map(([key, title, text]) => analyzed(`${language}:${key}`, language, title, text, "2022-07-14"));
}

/** Clusters as sets of test keys, sorted, for readable comparisons. */
function keysOf(clusters: string[][], docs: AnalyzedArticle[]): string[][] {
  const keyOf = new Map(docs.map((doc) => [doc.article.id as string, doc.article.path.replace(/^\w+:/, "")]));
  return clusters
    .map((cluster) => cluster.map((id) => keyOf.get(id)!).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

function permutations<T>(items: readonly T[], limit: number): T[][] {
  // Rotations and reversals: enough orders to see any dependence, few enough to stay fast.
  const orders: T[][] = [];
  for (let shift = 0; shift < items.length && orders.length < limit; shift++) {
    const rotated = [...items.slice(shift), ...items.slice(0, shift)];
    orders.push(rotated, [...rotated].reverse());
  }
  return orders.slice(0, limit);
}

const EXPECTED = (prefixes: string[]): string[][] =>
  prefixes.map((prefix) => [1, 2, 3].map((n) => `${prefix}-${n}`)).sort((a, b) => a[0]!.localeCompare(b[0]!));

describe("clusterArticles", () => {
  it("groups three French stories of three articles", () => {
    const docs = build("fr", FRENCH);
    assert.deepEqual(keysOf(clusterArticles(docs), docs), EXPECTED(["lait", "tour", "volcan"]));
  });

  it("groups three English stories of three articles", () => {
    const docs = build("en", ENGLISH);
    assert.deepEqual(keysOf(clusterArticles(docs), docs), EXPECTED(["library", "merger", "quake"]));
  });

  it("keeps two languages' stories apart when clustered together", () => {
    const docs = [...build("fr", FRENCH), ...build("en", ENGLISH)];
    assert.equal(clusterArticles(docs).length, 6);
  });

  it("gives the same clusters whatever the order of arrival", () => {
    const docs = [...build("fr", FRENCH), ...build("en", ENGLISH)];
    const reference = clusterArticles(docs);
    for (const order of permutations(docs, 12)) assert.deepEqual(clusterArticles(order), reference);
  });

  it("splits an article published months apart from the same words", () => {
    const docs = build("en", ENGLISH);
    const late = analyzed("en:quake-late", "en", ENGLISH[0]![1], ENGLISH[0]![2], "2023-03-01");
    const clusters = keysOf(clusterArticles([...docs, late]), [...docs, late]);
    assert.ok(clusters.some((cluster) => cluster.length === 1 && cluster[0] === "quake-late"));
  });

  it("puts the five Geneva fixture articles in one story", () => {
    const folder = new URL("../../../fixtures/geneva-2022-01/", import.meta.url).pathname;
    const docs = readdirSync(folder)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => {
        const text = readFileSync(join(folder, name), "utf8").replace(/^\s*date \d{4}-\d{2} /, "");
        return analyzed(`fixture:${name}`, "fr", "", text, "2022-01");
      });
    assert.equal(docs.length, 5);
    assert.deepEqual(clusterArticles(docs), [docs.map((doc) => doc.article.id).sort()]);
  });
});

describe("createStoryClusterer", () => {
  it("clusters articles added with their text as it clusters their stored features", () => {
    const docs = [...build("fr", FRENCH), ...build("en", ENGLISH)];
    const fromText = createStoryClusterer();
    const fromFeatures = createStoryClusterer();
    for (const doc of docs) {
      fromText.add(doc);
      fromFeatures.addFeatures(doc.article.id, JSON.parse(JSON.stringify(clusterFeatures(doc))));
    }
    assert.deepEqual(fromText.clusters(), fromFeatures.clusters());
  });

  it("is deterministic, forgets removed articles and replaces re-added ones", () => {
    const docs = build("fr", FRENCH);
    const clusterer = createStoryClusterer();
    for (const doc of docs) clusterer.add(doc);
    const first = clusterer.clusters();
    assert.deepEqual(clusterer.clusters(), first);
    clusterer.add(docs[0]!);
    assert.equal(clusterer.size, 9);
    assert.deepEqual(clusterer.clusters(), first);
    assert.equal(clusterer.remove(docs[0]!.article.id), true);
    assert.equal(clusterer.remove(docs[0]!.article.id), false);
    const clusters = clusterer.clusters();
    assert.equal(clusters.flat().length, 8);
    assert.ok(!clusters.flat().includes(docs[0]!.article.id));
  });
});

describe("StoryClusterer.update", () => {
  it("keeps every article in exactly one story when they come one at a time; clusters() recomputes all", () => {
    const docs = [...build("fr", FRENCH), ...build("en", ENGLISH)];
    const clusterer = createStoryClusterer();
    let stories = new Map<string, string[]>();
    for (const doc of docs) {
      clusterer.add(doc);
      const { changed, gone } = clusterer.update();
      for (const group of gone) stories.delete(group.join(","));
      for (const group of changed) stories.set(group.join(","), group);
    }
    stories = new Map(
      [...stories].filter(([, group]) =>
        group.every((id) => clusterer.storyOf(id as never)?.join(",") === group.join(",")),
      ),
    );
    const placed = [...stories.values()].flat().sort();
    assert.deepEqual(placed, docs.map((doc) => doc.article.id).sort());
    assert.deepEqual(clusterer.clusters(), clusterArticles(docs));
  });

  it("starts from restored stories and clusters only what was added since", () => {
    const docs = build("en", ENGLISH);
    const clusterer = createStoryClusterer();
    for (const doc of docs) clusterer.add(doc);
    const reference = clusterer.clusters();
    clusterer.restore(reference);
    const late = analyzed("en:quake-4", "en", "Quake aftershock near Iquique", ENGLISH[1]![2], "2022-07-14");
    clusterer.add(late);
    const { changed } = clusterer.update();
    assert.equal(changed.length, 1);
    assert.ok(changed[0]!.includes(late.article.id));
    assert.equal(changed[0]!.length, 4);
  });
});
