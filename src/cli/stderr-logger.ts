import type { Logger } from "../api/logger.js";

function line(level: string, message: string, fields?: Record<string, unknown>): string {
  const extra =
    fields === undefined
      ? ""
      : ` ${Object.entries(fields)
          .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
          .join(" ")}`;
  return `recoupe: ${level}: ${message}${extra}`;
}

/** The server's logger for `recoupe serve`: one line per event on stderr. */
export const stderrLogger: Logger = {
  info: (message, fields) => console.error(line("info", message, fields)),
  warn: (message, fields) => console.error(line("warning", message, fields)),
  error: (message, fields) => console.error(line("error", message, fields)),
};
