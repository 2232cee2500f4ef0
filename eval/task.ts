/** One row of an evaluation table: a system (recoupe, a baseline, a published figure) and its scores. */
export interface EvalRow {
  system: string;
  /** Where the figure comes from: "computed here", or the paper / SOURCE.md that publishes it. */
  origin: "computed" | "published";
  /** Metric name → value (0..1 for rates). */
  scores: Record<string, number>;
  note?: string;
}

/** One table of a task (a task may report several datasets or settings). */
export interface EvalTable {
  dataset: string;
  setting: string;
  rows: EvalRow[];
}

export interface EvalResult {
  task: string;
  tables: EvalTable[];
  /** Seconds spent. */
  seconds: number;
  notes: string[];
}

export interface EvalContext {
  /** Root of the evaluation data (default ../shared/eval-data). */
  dataDir: string;
  /** Scratch folder for extracted archives, kept between runs (.eval-cache/). */
  cacheDir: string;
  /** Remaining command-line arguments for the task. */
  args: string[];
  /** Progress lines, to stderr. */
  log: (line: string) => void;
}

export interface EvalTask {
  name: string;
  description: string;
  run(context: EvalContext): Promise<EvalResult>;
}
