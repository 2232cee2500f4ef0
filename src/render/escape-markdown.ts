/** Escapes text for a Markdown table cell or inline text: pipes, backticks, leading markers, newlines. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/([|`*_[\]<>])/g, "\\$1")
    .replace(/\s*\n\s*/g, " ");
}
