// The layout key: what `computeLayout` and `fitNodeRadius` read of a network.
import type { Network } from '../model/types';

/**
 * What the layout reads of a network, as one string: the client, each person's id, sector,
 * circle and formality (a formal person's square keeps lines further off), each tie's id and ends, and the layout hints. Two networks with the same key get the
 * same layout, so a view can keep its layout through edits that change nothing of it — a
 * rename, a note, a tie's quality — instead of laying out and routing every tie again (the
 * re-render benchmark: ~25 ms per rename at 300 people). Kept beside `readPeople` and the tie
 * routing (read.ts, compute.ts): when the layout reads more, this key must say so.
 */
export function layoutKey(network: Network): string {
  const parts: string[] = [network.focus];
  for (const p of network.people) parts.push(`${p.id}\u0000${p.sector ?? ''}\u0000${p.closeness ?? ''}\u0000${p.formality ?? ''}`);
  parts.push('\u0001');
  for (const t of network.ties) parts.push(`${t.id}\u0000${t.between[0]}\u0000${t.between[1]}`);
  parts.push('\u0001', network.layout ? JSON.stringify(network.layout) : '');
  return parts.join('\u0002');
}
