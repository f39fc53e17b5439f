/**
 * The focused element as seen from `node`: inside a shadow root (the `<kring-ecogram>` web
 * component) `document.activeElement` is the host element, so the shadow root's own
 * `activeElement` is the one that counts. Without a node, the document's.
 */
export function activeElementOf(node: Node | null | undefined): Element | null {
  if (typeof document === 'undefined') return null;
  const root = node?.getRootNode();
  if (root && 'activeElement' in root) return (root as Document | ShadowRoot).activeElement;
  return document.activeElement;
}
