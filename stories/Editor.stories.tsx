import { useRef, useState, type ReactElement } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import {
  addPerson, addTie, changeTieStatus, issue, updatePerson, updateTie, type Network, type NetworkIssue, type PersonPatch, type TiePatch,
} from '@kring/core';
import { samirNetwork } from '@kring/fixtures';
import { AddPersonForm, AddTieForm, EditorPopover, PersonEditor, TieEditor, type TieChangeOptions } from '../packages/react/src/editor';
import type { Locale } from '../packages/react/src/i18n';
import '../packages/react/src/styles.css';

const TODAY = () => '2025-06-15';

/** A host that applies every patch with the core operations and shows their errors next to the fields. */
function PersonHost({ personId = 'p-latifa', locale, readOnly = false, issues: given }: { personId?: string; locale?: Locale; readOnly?: boolean; issues?: NetworkIssue[] }): ReactElement {
  const [network, setNetwork] = useState<Network>(samirNetwork);
  const [issues, setIssues] = useState<NetworkIssue[]>(given ?? []);
  const person = network.people.find((p) => p.id === personId)!;
  const onChange = (patch: PersonPatch) => {
    const r = updatePerson(network, personId, patch);
    if (r.ok) {
      setNetwork(r.network);
      setIssues([]);
    } else setIssues(r.errors);
  };
  return (
    <div style={{ maxWidth: '36rem' }}>
      <PersonEditor value={person} network={network} issues={issues} onChange={onChange} locale={locale} readOnly={readOnly} today={TODAY} />
    </div>
  );
}

function TieHost({ tieId = 't-1', locale, network: initial = samirNetwork }: { tieId?: string; locale?: Locale; network?: Network }): ReactElement {
  const [network, setNetwork] = useState<Network>(initial);
  const [issues, setIssues] = useState<NetworkIssue[]>([]);
  const tie = network.ties.find((t) => t.id === tieId)!;
  const onChange = (patch: TiePatch, dated?: TieChangeOptions) => {
    // A status change answered with "Sinds wanneer?" goes into the history with that date;
    // anything else is a plain correction: do not record every click as history.
    const r = dated && patch.status ? changeTieStatus(network, tieId, patch.status, dated) : updateTie(network, tieId, patch, { recordHistory: false });
    if (r.ok) {
      setNetwork(r.network);
      setIssues([]);
    } else setIssues(r.errors);
  };
  return (
    <div style={{ maxWidth: '36rem' }}>
      <TieEditor value={tie} network={network} issues={issues} onChange={onChange} locale={locale} today={TODAY} />
    </div>
  );
}

function AddPersonHost({ locale }: { locale?: Locale }): ReactElement {
  const [network, setNetwork] = useState<Network>(samirNetwork);
  const [issues, setIssues] = useState<NetworkIssue[]>([]);
  return (
    <div style={{ maxWidth: '36rem' }}>
      <AddPersonForm
        locale={locale}
        issues={issues}
        autoFocus={false}
        onSubmit={(input) => {
          const r = addPerson(network, input);
          if (r.ok) {
            setNetwork(r.network);
            setIssues([]);
          } else setIssues(r.errors);
          return r;
        }}
      />
      <p>{network.people.map((p) => p.name).join(', ')}</p>
    </div>
  );
}

function AddTieHost({ locale, fixedFrom }: { locale?: Locale; fixedFrom?: boolean }): ReactElement {
  const [network, setNetwork] = useState<Network>(samirNetwork);
  return (
    <div style={{ maxWidth: '36rem' }}>
      <AddTieForm
        network={network}
        from={fixedFrom ? network.focus : undefined}
        locale={locale}
        autoFocus={false}
        onSubmit={(input) => {
          const r = addTie(network, input);
          if (r.ok) setNetwork(r.network);
          return r;
        }}
      />
      <p>{network.ties.length}</p>
    </div>
  );
}

/** The popover as the ecogram uses it: anchored to an SVG node, holding the person editor. */
function PopoverHost({ locale, portal = false, sheet = false, tie = false }: { locale?: Locale; portal?: boolean; sheet?: boolean; tie?: boolean }): ReactElement {
  const [open, setOpen] = useState(true);
  const [network, setNetwork] = useState<Network>(samirNetwork);
  const node = useRef<SVGGElement>(null);
  const [anchor, setAnchor] = useState<Element | null>(null);
  const latifa = network.people.find((p) => p.id === 'p-latifa')!;
  const t1 = network.ties.find((t) => t.id === 't-1')!;
  const en = locale === 'en';
  return (
    <div style={{ minHeight: '40rem' }}>
      <svg width="220" height="120" role="group" aria-label={en ? 'Part of the map' : 'Stukje van de kaart'}>
        <g
          ref={(el) => {
            node.current = el;
            if (el && anchor !== el) setAnchor(el);
          }}
          role="button"
          tabIndex={0}
          aria-label={en ? 'Edit Latifa' : 'Latifa bewerken'}
          onClick={() => setOpen(true)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') setOpen(true);
          }}
        >
          <circle cx="60" cy="60" r="24" fill="#fff" stroke="#1b1f24" strokeWidth="2" />
          <text x="60" y="104" textAnchor="middle" fontSize="14" fill="#1b1f24">
            Latifa
          </text>
        </g>
      </svg>
      <EditorPopover
        open={open && anchor !== null}
        onOpenChange={setOpen}
        anchor={anchor}
        title={tie ? (en ? 'Tie between Samir and Latifa' : 'Band tussen Samir en Latifa') : en ? 'Edit Latifa' : 'Latifa bewerken'}
        locale={locale}
        portal={portal}
        sheetBelow={sheet ? 100_000 : undefined}
        onDelete={() => setOpen(false)}
        deleteLabel={tie ? (en ? 'Remove tie' : 'Band verwijderen') : en ? 'Remove Latifa' : 'Latifa verwijderen'}
      >
        {tie ? (
          <TieEditor value={t1} network={network} locale={locale} onChange={(patch) => { const r = updateTie(network, 't-1', patch, { recordHistory: false }); if (r.ok) setNetwork(r.network); }} />
        ) : (
          <PersonEditor value={latifa} network={network} locale={locale} today={TODAY} onChange={(patch) => { const r = updatePerson(network, 'p-latifa', patch); if (r.ok) setNetwork(r.network); }} />
        )}
      </EditorPopover>
    </div>
  );
}

const meta = {
  title: 'Parts/Editors',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every field of a person (Latifa), applied with `updatePerson`; errors appear next to their field. */
export const PersonEditorNl: Story = { name: 'Person editor (nl)', render: () => <PersonHost /> };
/** The same in English. */
export const PersonEditorEn: Story = { name: 'Person editor (en)', render: () => <PersonHost locale="en" /> };
/** A care professional: formality shows the automatic "formal" default. */
export const PersonEditorCare: Story = { name: 'Person editor: care → formal default', render: () => <PersonHost personId="p-jan" /> };
/** Errors from core operations, shown at the field their JSON path names. */
export const PersonEditorErrors: Story = {
  name: 'Person editor: errors from core',
  render: () => (
    <PersonHost
      issues={[
        issue('invalid-date', 'people[1].consentDate', 'not a date'),
        issue('invalid-value', 'people[1].location.country', 'bad country'),
      ]}
    />
  ),
};
/** Read-only: everything shown, nothing can change. */
export const PersonEditorReadOnly: Story = { name: 'Person editor: read-only', render: () => <PersonHost readOnly /> };
/** Dark theme. */
export const PersonEditorDark: Story = {
  name: 'Person editor: dark',
  render: () => (
    <div data-kring-theme="dark" style={{ background: 'var(--kring-bg)', padding: '1rem' }}>
      <PersonHost />
    </div>
  ),
};

/** Every field of a tie; support labelled from Samir's side; the history list with its add form. */
export const TieEditorNl: Story = { name: 'Tie editor (nl)', render: () => <TieHost /> };
export const TieEditorEn: Story = { name: 'Tie editor (en)', render: () => <TieHost locale="en" /> };

/** Quick add: name, kind, sector, circle, consent. Big targets; ready for the next name after adding. */
export const AddPersonNl: Story = { name: 'Add person (nl)', render: () => <AddPersonHost /> };
export const AddPersonEn: Story = { name: 'Add person (en)', render: () => <AddPersonHost locale="en" /> };

/** Pick the other person of a new tie; people already tied to the first are not offered. */
export const AddTieNl: Story = { name: 'Add tie (nl)', render: () => <AddTieHost /> };
export const AddTieFromClientEn: Story = { name: 'Add tie from the client (en)', render: () => <AddTieHost locale="en" fixedFrom /> };

/** The popover next to an SVG node (rendered in place, as inside a shadow root). Escape or Klaar closes it. */
export const PopoverNl: Story = { name: 'Editor popover (nl)', render: () => <PopoverHost /> };
export const PopoverTieEn: Story = { name: 'Editor popover with tie editor (en)', render: () => <PopoverHost locale="en" tie /> };
/** The popover in a portal at the end of the page (the default). */
export const PopoverPortal: Story = { name: 'Editor popover in a portal', render: () => <PopoverHost portal /> };
/** Small screens (under 520px) get a full-width sheet at the bottom; forced here. */
export const PopoverSheet: Story = { name: 'Editor popover as bottom sheet', render: () => <PopoverHost sheet /> };
