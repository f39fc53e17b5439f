/** Is the user on an Apple device (⌘ instead of Ctrl in key names)? False on the server. @internal */
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent || '');
}
