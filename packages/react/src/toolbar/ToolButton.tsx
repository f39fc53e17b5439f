/**
 * One toolbar button for every view: `data-part="button"` (the styling hook) and
 * `data-action` (what it does: tests, focus hand-over and hosts find it by that).
 * @internal
 */
import type { ButtonHTMLAttributes, ReactElement, ReactNode } from 'react';
import { ToolIcon, type ToolIconName } from './ToolIcon';

/** Props of {@link ToolButton}. */
export interface ToolButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children'> {
  /** What the button does (`data-action`): `undo`, `zoom-in`, `add-person`, … */
  action: string;
  /** Its words: the accessible name in every form. */
  label: ReactNode;
  icon?: ToolIconName;
  /**
   * How the words show: `full` always; `compact` hides them on a narrow screen (icon and
   * tooltip stay; the name stays for screen readers); `icon` shows only the icon (the label
   * must then be a string: it becomes `aria-label` and the tooltip).
   */
  display?: 'full' | 'compact' | 'icon';
  /** `primary` (the main action) or `danger` (removes something). */
  variant?: 'primary' | 'danger';
  /** Keyboard shortcuts (`aria-keyshortcuts`), e.g. `Control+Z Meta+Z`. */
  keys?: string;
}

/** A toolbar button. */
export function ToolButton(props: ToolButtonProps): ReactElement {
  const { action, label, icon, display = 'full', variant, keys, ...rest } = props;
  const text = typeof label === 'string' ? label : undefined;
  return (
    <button
      type="button"
      data-part="button"
      data-action={action}
      data-variant={variant}
      data-icon-only={display === 'icon' ? '' : undefined}
      aria-keyshortcuts={keys}
      aria-label={display === 'icon' ? text : undefined}
      title={display === 'full' ? undefined : text}
      {...rest}
    >
      {icon ? <ToolIcon name={icon} /> : null}
      {display === 'icon' ? null : display === 'compact' ? <span data-part="button-label">{label}</span> : label}
    </button>
  );
}
