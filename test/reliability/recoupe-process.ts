import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const root = new URL("../..", import.meta.url).pathname;
const bin = join(root, "bin/recoupe.mjs");

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RecoupeProcess {
  child: ChildProcess;
  /** `Date.now()` when it was started. */
  startedAt: number;
  /** Settles when the process is gone, however it ended. */
  finished: Promise<Finished>;
  /** What it printed on stdout so far. */
  output(): string;
  /** SIGKILL now (if still running); settles when it is gone. */
  kill(): Promise<Finished>;
}

const running = new Set<ChildProcess>();

/**
 * Starts `recoupe <args>` (or, with `script`, that TypeScript file with `args`) as a child process. Every child is also killed by the spawn `timeout`
 * (a backstop if a test forgets it) and by `killAllRecoupe()`, which each test file calls in `after`.
 */
export function startRecoupe(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; script?: string } = {},
): RecoupeProcess {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    options.script === undefined ? [bin, ...args] : ["--import", "tsx", options.script, ...args],
    {
      cwd: root,
      env: { ...process.env, CI: "true", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: options.timeoutMs ?? 120_000,
      killSignal: "SIGKILL",
    },
  );
  running.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const finished = new Promise<Finished>((resolve) => {
    child.once("close", (code, signal) => {
      running.delete(child);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
    child.once("error", (error) => {
      running.delete(child);
      resolve({ code: null, signal: null, stdout, stderr: `${stderr}${error.message}`, ms: Date.now() - started });
    });
  });
  return {
    child,
    startedAt: started,
    finished,
    output: () => stdout,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      return finished;
    },
  };
}

/** Runs `recoupe <args>` to its end, failing with its stderr if it takes longer than `timeoutMs`. */
export async function runRecoupe(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<Finished> {
  const timeoutMs = options.timeoutMs ?? 90_000;
  const run = startRecoupe(args, { ...options, timeoutMs: timeoutMs + 5_000 });
  const timer = sleep(timeoutMs, "timeout" as const, { ref: false });
  const outcome = await Promise.race([run.finished, timer]);
  if (outcome === "timeout") {
    const killed = await run.kill();
    throw new Error(`recoupe ${args.join(" ")} did not finish within ${timeoutMs} ms: ${killed.stderr}`);
  }
  return outcome;
}

/** Kills every child still running (call it in `after`). */
export async function killAllRecoupe(): Promise<void> {
  const gone = [...running].map(
    (child) =>
      new Promise<void>((resolve) => {
        child.once("close", () => resolve());
        child.kill("SIGKILL");
      }),
  );
  await Promise.race([Promise.all(gone), sleep(5_000, undefined, { ref: false })]);
}
