/** Dutch one-line descriptions of what changed between two versions, for the audit log. */
import { diffNetworks, serializeNetwork, type Network, type NetworkChange } from '@kring/core';

function nameOf(a: Network, b: Network, id: string | undefined): string {
  if (!id) return '?';
  return b.people.find((p) => p.id === id)?.name ?? a.people.find((p) => p.id === id)?.name ?? id;
}

function line(c: NetworkChange, a: Network, b: Network): string {
  const who = nameOf(a, b, c.personId);
  const arrow = `${c.from ?? '–'} → ${c.to ?? '–'}`;
  switch (c.kind) {
    case 'person-added': return `${who} toegevoegd`;
    case 'person-removed': return `${who} verwijderd`;
    case 'person-moved': return `${who} verplaatst (${c.field === 'sector' ? 'sector' : 'cirkel'}: ${arrow})`;
    case 'tie-added': return `Contact ${who} – ${nameOf(a, b, c.otherId)} toegevoegd`;
    case 'tie-removed': return `Contact ${who} – ${nameOf(a, b, c.otherId)} verwijderd`;
    case 'tie-strengthened': return `Contact met ${who} sterker (${arrow})`;
    case 'tie-weakened': return `Contact met ${who} zwakker (${arrow})`;
    case 'tie-restored': return `Contact met ${who} hersteld`;
    case 'tie-broken': return `Contact met ${who} verbroken`;
    case 'tie-faded': return `Contact met ${who} verwaterd`;
    case 'tie-status-changed': return `Status contact met ${who}: ${arrow}`;
    case 'tie-quality-changed': return `Kwaliteit contact met ${who}: ${arrow}`;
  }
}

/** Lines for the audit entry; falls back to "details gewijzigd" for edits diffNetworks does not report. */
export function summarize(before: Network, after: Network): string[] {
  const lines = diffNetworks(before, after).map((c) => line(c, before, after));
  if (lines.length === 0) lines.push(serializeNetwork(before) === serializeNetwork(after) ? 'Geen wijziging' : 'Details gewijzigd (notities, rollen of andere velden)');
  return lines;
}
