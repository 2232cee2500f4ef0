import type { Token } from "../../../domain/text.js";

/** Whether token `at` follows the token before it after exactly one plain space ("Bank of", not "Bank, of"). */
export function spacedToken(tokens: readonly Token[], text: string, at: number): boolean {
  return tokens[at]!.start - tokens[at - 1]!.end === 1 && text.charCodeAt(tokens[at]!.start - 1) === 0x20;
}
