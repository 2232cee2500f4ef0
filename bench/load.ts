// Load benchmark of the HTTP server: 50 clients reading dossiers while a feed-like writer POSTs
// articles. Not a test. Run: node --import tsx bench/load.ts [--seconds 30] [--clients 50]
//   [--articles 300] [--post-every-ms 1500]
// Only 127.0.0.1; bounded in time and request count; prints a Markdown table.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin/recoupe.mjs");
const TOKEN = "load-bench";
const MAX_REQUESTS = 500_000;

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "30" },
    clients: { type: "string", default: "50" },
    articles: { type: "string", default: "300" },
    "post-every-ms": { type: "string", default: "1500" },
  },
});
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const articleCount = Number(values.articles);
const postEveryMs = Number(values["post-every-ms"]);

/** A deterministic pseudo-random generator (mulberry32), so every run reads the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ["Lyon", "Lille", "Nantes", "Rennes", "Dijon", "Metz", "Brest", "Nice", "Tours", "Reims", "Caen", "Pau"];
const TOPICS = [
  ["budget", "conseil municipal", "impôts", "dépenses"],
  ["grève", "transports", "syndicats", "trafic"],
  ["inondation", "pompiers", "évacuation", "pluies"],
  ["incendie", "entrepôt", "fumées", "riverains"],
  ["festival", "concerts", "spectateurs", "billets"],
];

/** Article `n`: one of 60 events (place × topic), told with the event's words and random detail. */
function makeArticle(n: number, next: () => number): string {
  const event = n % (PLACES.length * TOPICS.length);
  const place = PLACES[event % PLACES.length]!;
  const words = TOPICS[Math.floor(event / PLACES.length)]!;
  const figure = Math.floor(next() * 900) + 100;
  const sentences = [
    `À ${place}, le dossier ${words[0]} a dominé la journée de mardi, selon plusieurs sources locales.`,
    `Les ${words[2]} évoquent ${figure} personnes concernées par la décision sur les ${words[1]}.`,
    `La préfecture a indiqué que la question des ${words[3]} serait examinée d'ici la fin du mois.`,
    `Un responsable a déclaré : « Nous suivons la situation heure par heure à ${place}. »`,
    `Dépêche numéro ${n}, mise à jour ${Math.floor(next() * 1e6)}.`,
  ];
  return ` date 2024-0${(event % 9) + 1}-1${event % 10}\n${place} : ${words[0]} (${n})\n\n${sentences.join("\n\n")}\n`;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function startServer(db: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [bin, "serve", "--db", db, "--port", "0"], {
    cwd: root,
    env: { ...process.env, RECOUPE_TOKEN: TOKEN },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const match = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
    if (match !== null) return { child, base: match[1]! };
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server did not start: ${stderr}`);
    }
    await sleep(50);
  }
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "recoupe-load-"));
  const corpus = join(work, "corpus");
  mkdirSync(corpus);
  const next = random(42);
  for (let n = 0; n < articleCount; n += 1) writeFileSync(join(corpus, `article-${n}.txt`), makeArticle(n, next));
  const db = join(work, "store.db");
  let server: { child: ChildProcess; base: string } | undefined;
  try {
    process.stderr.write(`load: ingesting the fixtures and ${articleCount} generated articles…\n`);
    const ingest = spawnSync(
      process.execPath,
      [bin, "ingest", join(root, "fixtures/geneva-2022-01"), corpus, "--db", db, "--no-progress", "--quiet"],
      { cwd: root, encoding: "utf8", timeout: 600_000 },
    );
    if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
    server = await startServer(db);
    const { base } = server;
    const list = (await (await fetch(`${base}/api/stories?limit=100`)).json()) as { items: { id: string }[] };
    const storyIds = list.items.map((item) => item.id);
    process.stderr.write(`load: ${storyIds.length} stories; ${clients} clients for ${seconds} s…\n`);

    const latencies = new Map<string, number[]>();
    /** Failures per endpoint, by status ("network" when no answer came). */
    const errors = new Map<string, Map<string, number>>();
    /** The slowest requests, with when they started (seconds into the run): a cold start shows at 0. */
    const slowest: { endpoint: string; ms: number; at: number }[] = [];
    const record = (endpoint: string, ms: number, failure: string | null, at: number) => {
      if (!latencies.has(endpoint)) latencies.set(endpoint, []);
      latencies.get(endpoint)!.push(ms);
      slowest.push({ endpoint, ms, at });
      if (slowest.length > 50) {
        slowest.sort((a, b) => b.ms - a.ms);
        slowest.length = 5;
      }
      if (failure === null) return;
      const counts = errors.get(endpoint) ?? new Map<string, number>();
      counts.set(failure, (counts.get(failure) ?? 0) + 1);
      errors.set(endpoint, counts);
    };
    let requests = 0;
    const begin = performance.now();
    const end = Date.now() + seconds * 1000;
    const timed = async (endpoint: string, url: string, init?: RequestInit) => {
      const started = performance.now();
      let failure: string | null = null;
      try {
        const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
        await response.arrayBuffer();
        if (!response.ok) failure = String(response.status);
      } catch {
        failure = "network";
      }
      record(endpoint, performance.now() - started, failure, (started - begin) / 1000);
    };

    const readers = Array.from({ length: clients }, async (_, client) => {
      const pick = random(1000 + client);
      while (Date.now() < end && requests < MAX_REQUESTS) {
        requests += 1;
        const id = storyIds[Math.floor(pick() * storyIds.length)]!;
        if (pick() < 0.5) await timed("GET /api/stories/:id", `${base}/api/stories/${id}`);
        else await timed("GET /stories/:id", `${base}/stories/${id}`);
      }
    });
    const writer = (async () => {
      const extra = random(7);
      for (let n = articleCount; Date.now() < end; n += 1) {
        const text = makeArticle(n, extra);
        await timed("POST /api/articles", `${base}/api/articles`, {
          method: "POST",
          body: JSON.stringify({ text, url: `https://load.example/${n}` }),
          headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
        });
        await sleep(postEveryMs);
      }
    })();
    // Readers follow the list, as a browser would: stories merged away by new articles drop out of it.
    const follower = (async () => {
      while (Date.now() < end) {
        await sleep(2_000);
        const page = (await (await fetch(`${base}/api/stories?limit=100`)).json()) as { items: { id: string }[] };
        storyIds.splice(0, storyIds.length, ...page.items.map((item) => item.id));
      }
    })();
    await Promise.all([...readers, writer, follower]);

    const rows = [...latencies].map(([endpoint, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const format = (ms: number) => ms.toFixed(1);
      const failures = [...(errors.get(endpoint) ?? [])];
      const total = failures.reduce((sum, [, count]) => sum + count, 0);
      const detail =
        failures.length === 0 ? "" : ` (${failures.map(([status, count]) => `${status}: ${count}`).join(", ")})`;
      return `| ${endpoint} | ${sorted.length} | ${total}${detail} | ${format(percentile(sorted, 50))} | ${format(percentile(sorted, 99))} | ${format(sorted.at(-1) ?? Number.NaN)} |`;
    });
    console.log(
      [
        `Load: ${clients} clients reading dossiers for ${seconds} s while one writer POSTs an article every ${postEveryMs} ms; store: SQLite, fixtures + ${articleCount} generated articles, ${storyIds.length} stories listed.`,
        "",
        "| endpoint | requests | errors | p50 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|",
        ...rows,
        "",
        `Slowest: ${slowest
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 5)
          .map(({ endpoint, ms, at }) => `${ms.toFixed(0)} ms (${endpoint}, sent ${at.toFixed(1)} s in)`)
          .join("; ")}`,
      ].join("\n"),
    );
  } finally {
    if (server !== undefined && server.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await Promise.race([new Promise((resolve) => server?.child.once("exit", resolve)), sleep(5_000)]);
      if (server.child.exitCode === null) server.child.kill("SIGKILL");
    }
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
