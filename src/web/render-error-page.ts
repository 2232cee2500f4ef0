import { escapeHtml as h } from "../render/escape-html.js";
import { webPage } from "./web-page.js";

/** The page shown for a refused or failed page request. */
export function renderErrorPage(status: number, message: string): string {
  const title = status === 404 ? "Not found" : status >= 500 ? "Something went wrong" : "Bad request";
  return webPage(title, `<h1>${h(title)}</h1><p class="empty">${h(message)}</p><p><a href="/">← All stories</a></p>`);
}
