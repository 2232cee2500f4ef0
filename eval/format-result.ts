import type { EvalResult } from "./task.js";

/** A plain-text table per dataset/setting: one row per system, one column per metric. */
export function formatResult(result: EvalResult): string {
  const lines: string[] = [`## ${result.task} (${result.seconds.toFixed(1)} s)`];
  for (const table of result.tables) {
    const metrics = [...new Set(table.rows.flatMap((row) => Object.keys(row.scores)))];
    lines.push("", `${table.dataset} — ${table.setting}`);
    const header = ["system", "origin", ...metrics];
    const body = table.rows.map((row) => [
      row.system,
      row.origin,
      ...metrics.map((metric) => (row.scores[metric] === undefined ? "" : row.scores[metric]!.toFixed(4))),
    ]);
    const widths = header.map((cell, i) => Math.max(cell.length, ...body.map((r) => r[i]!.length)));
    const render = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
    lines.push(render(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(render));
    for (const row of table.rows) if (row.note) lines.push(`  ${row.system}: ${row.note}`);
  }
  for (const note of result.notes) lines.push(`note: ${note}`);
  return lines.join("\n");
}
