/**
 * A focused toolbar button that disables itself (Undo with nothing left to undo, Zoom in at the
 * limit) or leaves the page would drop keyboard focus onto `<body>`. Called after the commit
 * with the button that had focus: if it can still be used nothing happens (`'kept'`); else the
 * first enabled partner button inside `root` gets focus (`'moved'`); else `'none'` and the
 * caller picks a place (the map, the events). Partners are named by the value of `attribute`
 * on the buttons (`data-action="redo"`, `data-part="zoom-out"`).
 * @internal
 */
export function focusPartner(
  from: Element,
  root: ParentNode | null | undefined,
  attribute: string,
  partners: Readonly<Record<string, readonly string[]>>,
): 'kept' | 'moved' | 'none' {
  if (from.isConnected && !(from instanceof HTMLButtonElement && from.disabled)) return 'kept';
  const name = from.getAttribute(attribute);
  for (const p of (name ? partners[name] : undefined) ?? []) {
    const partner = root?.querySelector<HTMLButtonElement>(`button[${attribute}="${p}"]`);
    if (partner && !partner.disabled) {
      partner.focus();
      return 'moved';
    }
  }
  return 'none';
}
