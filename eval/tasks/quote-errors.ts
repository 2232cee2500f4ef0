// Error analysis for the quotes task (`npm run eval -- quotes --errors 30`): errors sorted into categories,
// each category counted and shown with up to N examples in their context, on stderr.

interface Range {
  start: number;
  end: number;
}

/** `text` around `range`, the range itself between ⟦ ⟧, line breaks shown as ⏎. */
export function snippet(text: string, range: Range, width = 70): string {
  const before = text.slice(Math.max(0, range.start - width), range.start);
  const inside = text.slice(range.start, range.end);
  const after = text.slice(range.end, range.end + width);
  const shown = inside.length > 240 ? `${inside.slice(0, 110)} … ${inside.slice(-110)}` : inside;
  return `…${before}⟦${shown}⟧${after}…`.replace(/\n/g, "⏎");
}

/** The number after `--errors` in the task's arguments, 0 when absent. */
export function errorLimit(args: readonly string[]): number {
  const index = args.indexOf("--errors");
  if (index < 0) return 0;
  const value = Number(args[index + 1]);
  return Number.isFinite(value) && value > 0 ? value : 20;
}

/** Examples of errors by category, printed biggest category first. */
export class ErrorLog {
  private readonly categories = new Map<string, string[]>();

  constructor(
    private readonly title: string,
    private readonly limit: number,
  ) {}

  add(category: string, example: string): void {
    const examples = this.categories.get(category) ?? [];
    examples.push(example);
    this.categories.set(category, examples);
  }

  print(log: (line: string) => void): void {
    if (this.limit <= 0) return;
    const sorted = [...this.categories].sort((a, b) => b[1].length - a[1].length);
    const total = sorted.reduce((sum, [, examples]) => sum + examples.length, 0);
    log(`=== ${this.title}: ${total} errors`);
    for (const [category, examples] of sorted) log(`  ${examples.length.toString().padStart(5)}  ${category}`);
    for (const [category, examples] of sorted) {
      log("");
      log(`--- ${category} (${examples.length}; ${Math.min(this.limit, examples.length)} shown)`);
      // Spread the examples shown over the whole list so one document does not fill them.
      const step = Math.max(1, examples.length / this.limit);
      for (let shown = 0; shown < Math.min(this.limit, examples.length); shown++)
        log(`  ${examples[Math.floor(shown * step)]}`);
    }
    log("");
  }
}
