/**
 * The shipped stylesheet of @kring/react, inside each element's shadow root.
 *
 * The CSS text is bundled at build time (`?inline`), then adopted as one constructable
 * stylesheet per document (`adoptedStyleSheets`): no `<style>` element and no inline style,
 * so a strict `style-src 'self'` Content-Security-Policy needs no `'unsafe-inline'`.
 * Browsers without constructable stylesheets get a `<link rel="stylesheet">` to
 * `kring-elements.css` next to the script (or {@link DefineKringElementsOptions.stylesheetUrl}).
 */
// One stylesheet: @kring/react's styles.css already holds the Ecogram's, the Lifeline's, the
// interview's and the summary's rules (it @imports them and the build bundles them).
import reactCss from '@kring/react/styles.css?inline';

/** Styles of the host element itself. */
const HOST_CSS = ':host{display:block;min-width:0}:host([hidden]){display:none}';

/**
 * Make document-level defaults apply in a shadow root: `:root` matches nothing inside a
 * shadow tree, so every `:where(:root)` block of defaults also gets `:host`.
 * @internal
 */
export function toShadowCss(css: string): string {
  return css.replace(/:where\(\s*:root\s*\)/g, ':where(:root,:host)');
}

/** All CSS adopted by the elements: the host rules and @kring/react's stylesheet. */
export const KRING_ELEMENTS_CSS: string = toShadowCss(`${HOST_CSS}\n${reactCss}`);

/** File name of the fallback stylesheet, next to the built script. */
const STYLESHEET_FILE = 'kring-elements.css';

let stylesheetUrl: string | undefined;

/** Where the `<link>` fallback loads the stylesheet from. @internal */
export function setStylesheetUrl(url: string | undefined): void {
  stylesheetUrl = url;
}

function defaultStylesheetUrl(): string | undefined {
  if (stylesheetUrl) return stylesheetUrl;
  try {
    // A variable file name: bundlers leave it alone instead of treating it as an asset.
    return new URL(STYLESHEET_FILE, import.meta.url).href;
  } catch {
    return undefined;
  }
}

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function sheetFor(doc: Document): CSSStyleSheet | null {
  if (sheets.has(doc)) return sheets.get(doc) ?? null;
  let sheet: CSSStyleSheet | null = null;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (view && 'adoptedStyleSheets' in view.ShadowRoot.prototype && 'replaceSync' in view.CSSStyleSheet.prototype) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(KRING_ELEMENTS_CSS);
    }
  } catch {
    sheet = null;
  }
  sheets.set(doc, sheet);
  return sheet;
}

/**
 * Style a shadow root: adopt the shared constructable stylesheet of its document, or else
 * link the stylesheet file.
 * @internal
 */
export function applyStyles(root: ShadowRoot): void {
  const doc = root.ownerDocument;
  const sheet = sheetFor(doc);
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const href = defaultStylesheetUrl();
  if (!href || root.querySelector('link[data-kring-styles]')) return;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.setAttribute('data-kring-styles', '');
  root.prepend(link);
}
