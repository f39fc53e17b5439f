/**
 * The page of tests/browser/lazy-parts.test.ts: one Ecogram or Lifeline as a host mounts it,
 * `?view=ecogram|lifeline&mode=readonly|editable[&locale=en][&net=marco][&at=<date>]`, bundled by the test with esbuild and code
 * splitting on (as a host's bundler splits the parts that load on first use). The test counts
 * the chunks the page requests.
 */
import { createRef } from 'react';
import { createRoot } from 'react-dom/client';
import { Ecogram, Lifeline, type EcogramHandle } from '@kring/react';
import { marcoNetwork, samirNetwork } from '@kring/fixtures';

const params = new URLSearchParams(location.search);
const network = params.get('net') === 'marco' ? marcoNetwork : samirNetwork;
(window as unknown as { kringNames: string[] }).kringNames = network.people.map((p) => p.name);
import '@kring/react/styles.css';

const readOnly = params.get('mode') === 'readonly';
const redacted = params.get('redacted') === '1' ? 'initials' : undefined;
const locale = params.get('locale') === 'en' ? 'en' : undefined;
const at = params.get('at') ?? undefined;
// The map's handle, for a test that exports right after the mount.
const handle = createRef<EcogramHandle>();
(window as unknown as { kringHandle: typeof handle }).kringHandle = handle;
const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(
  params.get('view') === 'lifeline'
    ? <Lifeline defaultNetwork={network} readOnly={readOnly} today="2026-12-05" locale={locale} />
    : <Ecogram defaultNetwork={network} readOnly={readOnly} redacted={redacted} today="2026-12-05" locale={locale} at={at} ref={handle} />,
);
