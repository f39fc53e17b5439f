/**
 * The shared part of every Kring element: attributes and properties, the React root in an
 * open shadow root, and the `kring-*` events.
 */
import { createElement, createRef, type ReactElement, type RefObject } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { parseNetwork, type Network, type NetworkIssue } from '@kring/core';
import { isLocale, type Locale } from '@kring/react';
import { applyStyles } from './styles';

/** How names are hidden: `'initials'` or `'role'` (attribute `redacted`). */
export type KringRedaction = 'initials' | 'role';

/** Colour scheme (attribute `theme`). */
export type KringTheme = 'light' | 'dark';

/** `detail` of the `kring-change` event. */
export interface KringChangeDetail<C> {
  /** The network after the edit. */
  network: Network;
  /** What changed (type, id, the announced sentence). */
  change: C;
}

/** `detail` of the `kring-select` event. */
export interface KringSelectDetail {
  /** The selected person, tie or event id; `null` when nothing is selected. */
  id: string | null;
}

/** `detail` of the `kring-at-change` event. */
export interface KringAtChangeDetail {
  /** The date now shown or marked (fuzzy `YYYY-MM-DD`); `null` = now. */
  at: string | null;
}

/** Networks that came out of a Kring component or were parsed here: valid, not parsed again. */
const trusted = new WeakSet<object>();

/** `HTMLElement`, or a stand-in where there is no DOM (server rendering imports this module). */
const ElementBase: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/** Properties that a host may set before the element is defined (they are re-applied on upgrade). */
const UPGRADED_PROPERTIES = ['network', 'locale', 'readOnly', 'redacted', 'at', 'theme', 'label', 'author'] as const;

/** What the imperative handles of Ecogram and Lifeline have in common. @internal */
export interface ExportHandle {
  toSVG(): Promise<string>;
  toPNG(options?: { scale?: number; background?: string | null }): Promise<Blob>;
}

/**
 * Base class of `<kring-ecogram>` and `<kring-lifeline>`.
 *
 * Controlled by default: it shows the network the host sets. After an edit it dispatches
 * `kring-change` and then also takes the new network as its own `network` property,
 * unless a listener calls `event.preventDefault()` or sets `network` itself.
 */
export abstract class KringElement<C, H extends ExportHandle = ExportHandle> extends ElementBase {
  /** Attributes every Kring element observes. */
  static get observedAttributes(): string[] {
    return ['network', 'locale', 'readonly', 'redacted', 'at', 'theme', 'label', 'author'];
  }

  #root: Root | null = null;
  #container: HTMLDivElement | null = null;
  /** What `network` returns: the host's value, or the network read from the attribute. */
  #value: Network | null = null;
  /** What the component gets: a valid network, or the bad input so that it shows its error. */
  #input: unknown = undefined;
  /** Whether `#input` is a valid network. */
  #valid = false;
  #issues: readonly NetworkIssue[] = [];
  /** Counts writes to `network`, to see whether a `kring-change` listener set it. */
  #writes = 0;
  /** The component's imperative handle. @internal */
  protected readonly handle: RefObject<H | null> = createRef<H>();

  constructor() {
    super();
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
  }

  // ---- properties --------------------------------------------------------------------------

  /**
   * The network shown. Set it to a `Network` object (it is read with `parseNetwork`; a bad
   * value shows a readable message in the element, never an exception). After an edit the
   * element sets it to the new network itself unless the `kring-change` listener calls
   * `preventDefault()`. The `network` attribute (JSON text) sets it too.
   */
  get network(): Network | null {
    return this.#value;
  }
  set network(value: Network | null | undefined) {
    this.#writes++;
    if (value === null || value === undefined) {
      this.#value = null;
      this.#input = undefined;
      this.#valid = false;
      this.#issues = [];
    } else if (typeof value === 'object' && trusted.has(value)) {
      this.#value = value;
      this.#input = value;
      this.#valid = true;
      this.#issues = [];
    } else {
      const result = parseNetwork(value);
      // JSON text (the attribute) reads as its network; an object stays what the host gave.
      this.#value = typeof value === 'string' ? (result.ok ? result.network : null) : value;
      this.#valid = result.ok;
      if (result.ok) {
        trusted.add(result.network);
        this.#input = result.network;
        this.#issues = result.warnings;
      } else {
        this.#input = value;
        this.#issues = result.errors;
      }
    }
    this.update();
  }

  /**
   * Problems found in the last network given (errors when it cannot be shown, else
   * warnings such as `migrated`), each with a JSON path and a stable code.
   */
  get issues(): readonly NetworkIssue[] {
    return this.#issues;
  }

  /** UI language, `'nl'` (default) or `'en'`. Reflects the `locale` attribute. */
  get locale(): Locale | null {
    const value = this.getAttribute('locale');
    return isLocale(value) ? value : null;
  }
  set locale(value: Locale | null) {
    this.#reflect('locale', value);
  }

  /** No editing at all. Reflects the boolean `readonly` attribute. */
  get readOnly(): boolean {
    return this.hasAttribute('readonly');
  }
  set readOnly(value: boolean) {
    this.toggleAttribute('readonly', Boolean(value));
  }

  /**
   * Hide names: `'initials'` or `'role'` (read-only); `false` shows them. Reflects the
   * `redacted` attribute; an empty or unknown value means `'initials'`, so names stay hidden.
   */
  get redacted(): KringRedaction | false {
    const value = this.getAttribute('redacted');
    if (value === null) return false;
    return value.trim().toLowerCase() === 'role' ? 'role' : 'initials';
  }
  set redacted(value: KringRedaction | false | null) {
    this.#reflect('redacted', value === false || value === null ? null : value);
  }

  /** A date (fuzzy `YYYY-MM-DD`, `YYYY-MM` or `YYYY`); `null` = now. Reflects the `at` attribute. */
  get at(): string | null {
    const value = this.getAttribute('at');
    return value && value.trim() ? value.trim() : null;
  }
  set at(value: string | null) {
    this.#reflect('at', value || null);
  }

  /** Colour scheme, `'light'` or `'dark'`; `null` = the light default. Reflects `theme`. */
  get theme(): KringTheme | null {
    const value = this.getAttribute('theme');
    return value === 'light' || value === 'dark' ? value : null;
  }
  set theme(value: KringTheme | null) {
    this.#reflect('theme', value);
  }

  /** Accessible name of the drawing (default: "Ecogram van {client}" and the like). Reflects `label`. */
  get label(): string | null {
    return this.getAttribute('label');
  }
  set label(value: string | null) {
    this.#reflect('label', value);
  }

  /** Who made the drawing: printed and saved in its title block ("Opgesteld door …"). Reflects `author`. */
  get author(): string | null {
    const value = this.getAttribute('author');
    return value && value.trim() ? value : null;
  }
  set author(value: string | null) {
    this.#reflect('author', value || null);
  }

  /** Resolves to the current drawing as a self-contained SVG document ('' when nothing is drawn); the export loads on first use. */
  toSVG(): Promise<string> {
    return this.handle.current?.toSVG() ?? Promise.resolve('');
  }

  /** The current drawing as a PNG image (rejects when nothing is drawn). */
  toPNG(options?: { scale?: number; background?: string | null }): Promise<Blob> {
    return this.handle.current?.toPNG(options) ?? Promise.reject(new Error('Nothing is drawn'));
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  /** @internal */
  connectedCallback(): void {
    for (const name of UPGRADED_PROPERTIES) this.#upgradeProperty(name);
    if (!this.#root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      if (!this.#container) {
        applyStyles(shadow);
        this.#container = this.ownerDocument.createElement('div');
        this.#container.setAttribute('data-kring-element', '');
        shadow.append(this.#container);
      }
      this.#root = createRoot(this.#container);
    }
    this.update();
  }

  /** @internal Unmounts React a microtask later, so that moving the element keeps its state. */
  disconnectedCallback(): void {
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#root.unmount();
      this.#root = null;
    });
  }

  /** @internal */
  attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
    if (oldValue === value) return;
    if (name === 'network') {
      // Through the setter, so that the attribute and the property behave the same.
      const text = value === null || value.trim() === '' ? null : value;
      this.network = text as unknown as Network | null;
      return;
    }
    this.update();
  }

  // ---- for subclasses ----------------------------------------------------------------------

  /**
   * The React element to show. `valid` is false when `input` is the bad value the host gave
   * (then the component must show its readable error). @internal
   */
  protected abstract renderContent(input: Network, valid: boolean): ReactElement;

  /** Render again with the current properties (no-op while disconnected). @internal */
  protected update(): void {
    if (!this.#root) return;
    // The theme on the container inside the shadow root: the shipped `[data-kring-theme]`
    // rules cannot see the host or its ancestors.
    const theme = this.theme;
    if (theme) this.#container?.setAttribute('data-kring-theme', theme);
    else this.#container?.removeAttribute('data-kring-theme');
    // Without a network yet the element shows its light-DOM children (e.g. "Loading…").
    if (this.#input === undefined) this.#root.render(this.renderEmpty());
    else this.#root.render(this.renderContent(this.#input as Network, this.#valid));
  }

  /** What shows before a network is set: the element's own children, through a slot. @internal */
  protected renderEmpty(): ReactElement {
    return createElement('slot');
  }

  /** Report an edit; take the new network unless the host prevents it or sets one itself. @internal */
  protected emitChange = (next: Network, change: C): void => {
    trusted.add(next);
    const writes = this.#writes;
    const detail: KringChangeDetail<C> = { network: next, change };
    const proceed = this.dispatchEvent(new CustomEvent('kring-change', { detail, bubbles: true, composed: true, cancelable: true }));
    if (proceed && this.#writes === writes) this.network = next;
  };

  /** Report a selection. @internal */
  protected emitSelect = (id: string | null): void => {
    const detail: KringSelectDetail = { id };
    this.dispatchEvent(new CustomEvent('kring-select', { detail, bubbles: true, composed: true }));
  };

  /** Take a new date from the component, reflect it and report it. @internal */
  protected emitAt = (at: string | null | undefined): void => {
    this.at = at ?? null;
    const detail: KringAtChangeDetail = { at: at ?? null };
    this.dispatchEvent(new CustomEvent('kring-at-change', { detail, bubbles: true, composed: true }));
  };

  // ---- helpers -----------------------------------------------------------------------------

  #reflect(name: string, value: string | null): void {
    if (value === null || value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }

  /** A property set on the element before it was defined shadows the accessor: re-apply it. */
  #upgradeProperty(name: string): void {
    if (!Object.prototype.hasOwnProperty.call(this, name)) return;
    const self = this as unknown as Record<string, unknown>;
    const value = self[name];
    delete self[name];
    self[name] = value;
  }
}
