/**
 * Script or style sheet that a page's text kept (a scraper that read a `<script>` as text, a feed that pasted one):
 * "// INIT FB Pixel when global var initADV is set…", "var loadAsyncFB = function(){",
 * "document.addEventListener('gdpr-initADV', loadAsyncFB, false);", "if (typeof grecaptcha != 'undefined') {".
 * Judged by shapes no sentence of news prose takes, in any language: a line opening on a comment mark, on a
 * declaration, ending on an opening brace, or ending on a semicolon after a method call or an assignment.
 */
const COMMENT_OPEN = /^(?:\/\/|\/\*|\*\/|<!--|-->)/;
const DECLARATION = /^(?:(?:var|let|const)\s+[$A-Za-z_][$\w]*\s*=|function\s*[$\w]*\s*\()/;
/** A method call written without spaces ("$(x).find(", "window.location"), an assignment or a jQuery call opening. */
const STATEMENT = /[$\w\])]\.[$A-Za-z_][$\w]*\s*[(=]|^[$A-Za-z_][$\w.[\]'"]*\s*[+-]?=[^=]|^\$\(/;
/** A style sheet's declaration: "color: #333;", "font-size: 12px;". */
const STYLE_DECLARATION = /^[a-z-]+:\s*[^;]+;$/;

/** Whether a line (trimmed) is a line of script or style sheet, not text. */
export function isScriptLine(line: string): boolean {
  const last = line.charAt(line.length - 1);
  if (last === "{") return true;
  const first = line.charAt(0);
  if ((first === "/" || first === "*" || first === "<" || first === "-") && COMMENT_OPEN.test(line)) return true;
  if ((first === "v" || first === "l" || first === "c" || first === "f") && DECLARATION.test(line)) return true;
  return last === ";" && (STATEMENT.test(line) || STYLE_DECLARATION.test(line));
}
