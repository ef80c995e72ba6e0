/**
 * Parses markup held as text (Huanqiu's body textarea, Readability's output) into a document that
 * has no browsing context: nothing in it runs, loads or shows, and the reader's page is untouched.
 */
export function parseInert(doc: Document, html: string): HTMLElement {
  const inert = doc.implementation.createHTMLDocument('');
  const range = inert.createRange();
  range.selectNodeContents(inert.body);
  inert.body.append(range.createContextualFragment(html));
  return inert.body;
}
