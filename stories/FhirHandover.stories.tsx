import type { Meta, StoryObj } from '@storybook/react-vite';
import { samirNetwork } from '@kring/fixtures';
import type { Network, NetworkIssue } from '@kring/core';
// Relative import: the root package does not depend on @kring/fhir (yet).
import { fromFhir, toFhir, type FhirBundle } from '../packages/fhir/src';
import dutchBundle from '../packages/fhir/test/fixtures/bundle-dutch-ecd.json';

const NOW = new Date('2025-03-14T09:00:00Z');

function PeopleTable({ network }: { network: Network }) {
  const tieStatus = (id: string) => network.ties.find((t) => t.between.includes(id) && t.between.includes(network.focus))?.status;
  return (
    <table>
      <caption>Network of {network.people.find((p) => p.id === network.focus)?.name}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Sector</th><th scope="col">Role</th>
          <th scope="col">Circle</th><th scope="col">Consent</th><th scope="col">Tie</th>
        </tr>
      </thead>
      <tbody>
        {network.people.map((p) => (
          <tr key={p.id}>
            <td>{p.name}</td><td>{p.kind}</td><td>{p.sector ?? '—'}</td><td>{p.role ?? '—'}</td>
            <td>{p.closeness ?? '—'}</td><td>{p.consent ?? 'unknown'}</td><td>{p.id === network.focus ? 'client' : (tieStatus(p.id) ?? '—')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Issues({ title, issues }: { title: string; issues: NetworkIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {issues.map((i, k) => (
          <li key={k}><code>{i.path || '(bundle)'}</code> — {i.code}: {i.message}</li>
        ))}
      </ul>
    </section>
  );
}

/** Shows what a FHIR hand-over holds and what Kring reads back from it. */
function FhirHandover({ bundle, showJson }: { bundle: unknown; showJson?: boolean }) {
  const result = fromFhir(bundle);
  const entries = (bundle as Partial<FhirBundle> | null)?.entry;
  const counts = new Map<string, number>();
  for (const e of Array.isArray(entries) ? entries : []) {
    const type = (e as { resource?: { resourceType?: unknown } } | null)?.resource?.resourceType;
    if (typeof type === 'string') counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return (
    <div style={{ fontFamily: 'system-ui, sans-serif', lineHeight: 1.4 }}>
      <h2>FHIR R4 bundle</h2>
      <p>{[...counts].map(([type, n]) => `${n} × ${type}`).join(', ') || 'No resources.'}</p>
      {showJson && (
        <pre tabIndex={0} aria-label="Bundle as JSON" style={{ maxHeight: 240, overflow: 'auto', background: '#f4f4f4', color: '#111', padding: 8 }}>
          {JSON.stringify(bundle, null, 2)}
        </pre>
      )}
      <h2>Read back by Kring</h2>
      {result.ok ? (
        <>
          <PeopleTable network={result.network} />
          <Issues title="Warnings" issues={result.warnings} />
        </>
      ) : (
        <Issues title="Errors" issues={result.errors} />
      )}
    </div>
  );
}

const meta = {
  title: 'FHIR/Hand-over',
  component: FhirHandover,
  args: { bundle: toFhir(samirNetwork, { patient: 'Patient/samir', now: NOW, embed: 'document' }), showJson: true },
} satisfies Meta<typeof FhirHandover>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Samir's network exported with `toFhir` (the whole document embedded: `embed: 'document'`) and read back unchanged with `fromFhir`. */
export const ExportAndReadBack: Story = {};

/** Without the embedded Kring document: the resources alone still carry the people and their ties. */
export const WithoutEmbeddedDocument: Story = {
  args: { bundle: toFhir(samirNetwork, { patient: 'Patient/samir', now: NOW, embed: 'none' }), showJson: false },
};

/** A hand-over from a Dutch registration system (zib2020 and zib2024 codes, a CareTeam). */
export const ImportFromRegistrationSystem: Story = {
  args: { bundle: dutchBundle, showJson: false },
};

/** A damaged bundle: every problem with its JSON path, nothing thrown. */
export const DamagedBundle: Story = {
  args: {
    bundle: {
      resourceType: 'Bundle',
      entry: [
        { resource: { resourceType: 'RelatedPerson', name: [{ text: 'Zonder patiënt' }] } },
        { resource: { resourceType: 'RelatedPerson', patient: { reference: 'Patient/1' }, relationship: [{ coding: [{ code: '' }] }] } },
        'not a resource',
      ],
    },
    showJson: false,
  },
};
