/**
 * One keyboard model (issue 14): the keys every view shares mean the same thing in each, and
 * are read by this one function. The full table for both views is docs/KEYBOARD.md.
 *
 * - Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z and Ctrl/⌘+Y redo — anywhere in the view except in a text
 *   field (there the browser undoes typing), also with focus in an editor popover (the editor
 *   edits live: its changes are steps of the same history).
 * - + (or =), − (or _) and 0 zoom in, out and show everything; N adds (a person on the map, an
 *   event on the levenslijn) — not in a text field, an editor or a dialog, and not with a
 *   modifier (Ctrl/⌘+− is the browser's zoom).
 * - A key a part of the view has handled already (`defaultPrevented`) is left alone.
 */

/** What a shared key asks the view to do. */
export type ViewKeyCommand = 'undo' | 'redo' | 'zoom-in' | 'zoom-out' | 'fit' | 'add';

/** The parts of a keyboard event the model reads. */
export interface ViewKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  defaultPrevented: boolean;
}

/** Is the element a place where the user types (its own undo and characters)? */
export function isTextEntry(target: Element): boolean {
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/** The shared command a key press means, or `null` (see the module's rules). @internal */
export function viewKeyCommand(e: ViewKeyEvent, target: Element): ViewKeyCommand | null {
  if (e.defaultPrevented || isTextEntry(target)) return null;
  const mod = e.ctrlKey || e.metaKey;
  const k = e.key.toLowerCase();
  if (mod && !e.altKey && ((k === 'z' && e.shiftKey) || k === 'y')) return 'redo';
  if (mod && !e.altKey && k === 'z') return 'undo';
  if (mod || e.altKey) return null;
  if (target.closest('[data-part="editor-popover"], [role="dialog"]')) return null;
  if (e.key === '+' || e.key === '=') return 'zoom-in';
  if (e.key === '-' || e.key === '_') return 'zoom-out';
  if (e.key === '0') return 'fit';
  if (k === 'n') return 'add';
  return null;
}
