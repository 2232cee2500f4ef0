import cliProgress from "cli-progress";

export interface Progress {
  update(stage: string, done: number, total: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr for long runs, only when stderr is a terminal (never in piped output,
 * never in CI logs). Below `minimum` items it stays silent.
 */
export function createProgress(options: { enabled: boolean; minimum?: number }): Progress {
  const active = options.enabled && process.stderr.isTTY === true && !process.env.CI;
  if (!active) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: "{stage} [{bar}] {value}/{total} {eta_formatted}",
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let current = "";
  return {
    update(stage, done, total) {
      if (total < (options.minimum ?? 50)) return;
      if (stage !== current) {
        if (current !== "") bar.stop();
        current = stage;
        bar.start(total, done, { stage: stage.padEnd(8) });
      } else {
        bar.update(done);
      }
    },
    stop() {
      if (current !== "") bar.stop();
    },
  };
}
