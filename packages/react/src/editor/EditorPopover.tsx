import { useId, type ReactElement, type ReactNode, type RefObject } from 'react';
import { useLayoutEffect } from '../utils/layoutEffect';
import {
  autoUpdate, flip, FloatingFocusManager, FloatingPortal, offset, shift, size, useDismiss, useFloating, useInteractions,
  useRole, type Placement, type VirtualElement,
} from '@floating-ui/react';
import { useText, type Locale } from '../i18n';
import { EDITOR_BUNDLES, type EditorTextKey } from './messages';
import { useMediaQuery } from './useMediaQuery';

/** Something to anchor the popover to: a DOM or SVG element, or anything with `getBoundingClientRect`. */
export type PopoverAnchor = Element | VirtualElement;

/** Props of {@link EditorPopover}. */
export interface EditorPopoverProps {
  /** Shown or not (controlled). */
  open: boolean;
  /** Asked to close (Escape, outside press, Close, Done) — or open. */
  onOpenChange: (open: boolean) => void;
  /**
   * What it points at: an element (e.g. the SVG node of a person) or a virtual element
   * (`{ getBoundingClientRect }`). With a virtual element, focus returns to the element that
   * had it before opening (or to `returnFocus`).
   */
  anchor: PopoverAnchor | null;
  /** The dialog's title and accessible name, e.g. "Latifa bewerken". */
  title: string;
  children?: ReactNode;
  /** Shows a Delete button (no confirmation: the host offers undo). */
  onDelete?: () => void;
  /** Words on the Delete button (default "Verwijderen"). */
  deleteLabel?: string;
  /** Called by Done before closing. */
  onDone?: () => void;
  /**
   * Render into a portal at the end of `document.body` (default true). Set `false` to render
   * in place, e.g. inside a shadow root; or pass `portalRoot`.
   */
  portal?: boolean;
  /** Element to portal into (e.g. a container inside a shadow root). */
  portalRoot?: HTMLElement | null;
  /** Trap focus inside while open (default true). */
  modal?: boolean;
  /** Close on a press outside (default true). */
  closeOnOutsidePress?: boolean;
  /** Where focus goes on close: `true` (default: the anchor element or what had focus before), `false`, or a ref. */
  returnFocus?: boolean | RefObject<HTMLElement | null>;
  /** What gets focus on open: a tabbable index (default: the first control in the body) or a ref. */
  initialFocus?: number | RefObject<HTMLElement | null>;
  /** Preferred side (default `right-start`); it flips and shifts to stay in view. */
  placement?: Placement;
  /** Below this viewport width (px) it is a full-width sheet at the bottom (default 520). */
  sheetBelow?: number;
  /** Heading level of the title (default 2). */
  headingLevel?: 2 | 3 | 4;
  locale?: Locale;
  messages?: Partial<Record<EditorTextKey, string>>;
}

function isElement(a: PopoverAnchor | null): a is Element {
  return typeof Element !== 'undefined' && a instanceof Element;
}

/**
 * A dialog next to a node of the map (or a bottom sheet on small screens) that holds an
 * editor: title, Close, the editor, Delete and Done. Escape and Close close it and return
 * focus. Built on Floating UI (`useFloating`, `FloatingFocusManager`, `useDismiss`,
 * `useRole('dialog')`).
 */
export function EditorPopover(props: EditorPopoverProps): ReactElement | null {
  const {
    open, onOpenChange, anchor, title, children, onDelete, deleteLabel, onDone, portal = true, portalRoot, modal = true,
    closeOnOutsidePress = true, returnFocus = true, initialFocus, placement = 'right-start', sheetBelow = 520, headingLevel = 2,
  } = props;
  const t = useText(EDITOR_BUNDLES, props.locale, props.messages);
  const titleId = useId();
  const sheet = useSheet(sheetBelow);
  const { refs, floatingStyles, context } = useFloating({
    open,
    onOpenChange: (next) => onOpenChange(next),
    placement,
    strategy: 'fixed',
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(10),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableHeight, elements }) {
          elements.floating.style.setProperty('--kring-popover-available-height', `${Math.max(160, Math.floor(availableHeight))}px`);
        },
      }),
    ],
  });
  // The element (a virtual anchor's `contextElement`) is the reference for presses and focus;
  // the position always comes from the anchor itself. Setting both every time: Floating UI keeps
  // a position reference once set, so a person's editor after a tie's would open at the tie.
  useLayoutEffect(() => {
    const element = anchor === null || isElement(anchor) ? anchor : (anchor.contextElement ?? null);
    if (element) refs.setReference(element);
    refs.setPositionReference(anchor);
  }, [anchor, refs]);
  const dismiss = useDismiss(context, { outsidePress: closeOnOutsidePress, escapeKey: true });
  const role = useRole(context, { role: 'dialog' });
  const { getFloatingProps } = useInteractions([dismiss, role]);
  if (!open) return null;
  const Heading = `h${headingLevel}` as const;
  const dialog = (
    <FloatingFocusManager context={context} modal={modal} initialFocus={initialFocus ?? 1} returnFocus={returnFocus}>
      <div
        ref={refs.setFloating}
        data-part="editor-popover"
        data-layout={sheet ? 'sheet' : 'popover'}
        style={sheet ? undefined : floatingStyles}
        aria-labelledby={titleId}
        {...getFloatingProps()}
      >
        <div data-part="editor-popover-header">
          <Heading id={titleId} data-part="editor-popover-title">
            {title}
          </Heading>
          <button type="button" data-part="icon-button" aria-label={t('editor.popover.close')} onClick={() => onOpenChange(false)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div data-part="editor-popover-body">{children}</div>
        <div data-part="editor-popover-footer">
          {onDelete ? (
            <button type="button" data-part="button" data-variant="danger" onClick={onDelete}>
              {deleteLabel ?? t('editor.popover.delete')}
            </button>
          ) : null}
          <button
            type="button"
            data-part="button"
            data-variant="primary"
            onClick={() => {
              onDone?.();
              onOpenChange(false);
            }}
          >
            {t('editor.popover.done')}
          </button>
        </div>
      </div>
    </FloatingFocusManager>
  );
  return portal ? <FloatingPortal root={portalRoot ?? undefined}>{dialog}</FloatingPortal> : dialog;
}

function useSheet(below: number): boolean {
  return useMediaQuery(`(max-width: ${below - 0.02}px)`);
}
