/**
 * A small dialog anchored to an event on the lifeline (or to a virtual point), using
 * @floating-ui/react. Focus moves into it and back to where it came from; Escape and a
 * click outside close it. Rendered inside the Lifeline (no portal) so it keeps the theme.
 *
 * @internal Stand-in until the shared `EditorPopover` (src/editor) lands.
 */
import { useId, type ReactElement, type ReactNode } from 'react';
import {
  autoUpdate, flip, FloatingFocusManager, offset, shift, size, useDismiss, useFloating, useInteractions, useRole
} from '@floating-ui/react';

/** Props of {@link LifelinePopover}. */
export interface LifelinePopoverProps {
  open: boolean;
  onClose: () => void;
  /** What the popover points at (an event on the chart, a button). */
  anchor: Element | null;
  title: string;
  children: ReactNode;
}

export function LifelinePopover({ open, onClose, anchor, title, children }: LifelinePopoverProps): ReactElement | null {
  const titleId = useId();
  const { refs, floatingStyles, context } = useFloating({
    open,
    onOpenChange: (next) => {
      if (!next) onClose();
    },
    elements: { reference: anchor },
    placement: 'bottom-start',
    strategy: 'absolute',
    middleware: [
      offset(10),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableHeight, elements }) {
          elements.floating.style.maxHeight = `${Math.max(240, availableHeight)}px`;
        },
      }),
    ],
    whileElementsMounted: autoUpdate,
  });
  const dismiss = useDismiss(context, { outsidePress: true, escapeKey: true });
  const role = useRole(context, { role: 'dialog' });
  const { getFloatingProps } = useInteractions([dismiss, role]);
  if (!open) return null;
  return (
    <FloatingFocusManager context={context} modal={false} initialFocus={0} returnFocus={false}>
      <div
        ref={refs.setFloating}
        style={floatingStyles}
        className="kring-lifeline__popover"
        data-part="popover"
        aria-labelledby={titleId}
        {...getFloatingProps()}
      >
        <h2 id={titleId} className="kring-lifeline__popover-title" data-part="popover-title">
          {title}
        </h2>
        {children}
      </div>
    </FloatingFocusManager>
  );
}
