/**
 * Where the editor of a tie opens: next to the tie's middle (B(0.5) on a curve, the
 * `tie-anchor` mark drawn there by EcogramSvg), not next to the box around the whole tie,
 * which for a long or bent tie can be far from the line. People and buttons anchor to
 * themselves.
 * @internal
 */
export function popoverAnchor(el: Element | null): Element | null {
  if (!el || el.getAttribute('data-part') !== 'tie') return el;
  return el.querySelector('[data-part="tie-anchor"]') ?? el;
}
