// @vitest-environment node
/**
 * Server-side rendering smoke test: a host that renders its pages on the server
 * (Next.js, Remix, a Java portal with a Node renderer) must be able to render every
 * component without a DOM. Effects (layout, zoom, observers) only run in the browser.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderToString } from 'react-dom/server';
import { createRequire } from 'node:module';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { ReactElement } from 'react';
import { samirNetwork, marcoNetwork } from '@kring/fixtures';
import {
  Ecogram, Legend, Lifeline, NetworkInterview, NetworkList, NetworkSummary, TimeSlider, KringLinkProvider, loadLocale,
} from '../src';

const cases: [string, ReactElement][] = [
  ['Ecogram', <Ecogram defaultNetwork={samirNetwork} />],
  ['Ecogram read-only, in the past, redacted, English', <Ecogram network={marcoNetwork} readOnly at="2018" redacted="initials" locale="en" />],
  ['Ecogram with a bad network', <Ecogram network={{ format: 'nope' } as never} />],
  ['Lifeline', <Lifeline defaultNetwork={marcoNetwork} />],
  ['NetworkInterview', <NetworkInterview defaultNetwork={samirNetwork} />],
  ['NetworkSummary', <NetworkSummary network={marcoNetwork} since="2016" />],
  ['NetworkList', <NetworkList network={samirNetwork} />],
  ['Legend', <Legend network={samirNetwork} />],
  ['TimeSlider', <TimeSlider network={marcoNetwork} />],
  ['linked views', <KringLinkProvider><Ecogram defaultNetwork={marcoNetwork} /><Lifeline defaultNetwork={marcoNetwork} /></KringLinkProvider>],
];

describe('renderToString', () => {
  it.each(cases)('%s renders on the server without a DOM', (_name, element) => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(element);
    expect(html.length).toBeGreaterThan(100);
    expect(html).not.toContain('<script');
  });

  it('renders English on the server once English is loaded (a host awaits loadLocale before rendering and before hydrating)', async () => {
    await loadLocale('en');
    const html = renderToString(<Ecogram network={marcoNetwork} readOnly locale="en" />);
    expect(html).toContain('Ecogram of');
    expect(html).not.toMatch(/Loading…|Bezig met laden|Ecogram van/);
  });

  it('shows the client name as text and the problem of a bad network in words', () => {
    expect(renderToString(<Ecogram defaultNetwork={samirNetwork} />)).toContain('Samir');
    expect(renderToString(<Ecogram network={{ format: 'nope' } as never} />)).toMatch(/format/i);
  });
});

/**
 * React 18 (a host on 18.2+ is supported, see the peer range): the same components, bundled
 * with React 18.3 from `tests/react18` (the React 18 host fixture of the browser suite) and
 * rendered with its `react-dom/server`. React 18 prints a warning for every `useLayoutEffect`
 * met on the server (React 19 no longer does); a host's server log must stay empty.
 */
describe('renderToString with React 18', () => {
  const react18 = resolve(import.meta.dirname, '../../../tests/react18/node_modules');
  let rendered: { version: string; render(name: string): string; names: string[] };

  beforeAll(async () => {
    // One bundle with one React (18) for everything, Kring's sources and Floating UI included.
    const entry = `
      import { createElement as h } from 'react';
      import { version } from 'react';
      import { renderToString } from 'react-dom/server';
      import { samirNetwork, marcoNetwork } from '@kring/fixtures';
      import { Ecogram, Legend, Lifeline, NetworkInterview, NetworkList, NetworkSummary, TimeSlider, KringLinkProvider } from './src/index.ts';
      const cases = {
        Ecogram: () => h(Ecogram, { defaultNetwork: samirNetwork }),
        'Ecogram read-only, in the past, redacted': () => h(Ecogram, { network: marcoNetwork, readOnly: true, at: '2018', redacted: 'initials', locale: 'en', showLegend: true, showTimeSlider: true }),
        Lifeline: () => h(Lifeline, { defaultNetwork: marcoNetwork }),
        NetworkInterview: () => h(NetworkInterview, { defaultNetwork: samirNetwork }),
        NetworkSummary: () => h(NetworkSummary, { network: marcoNetwork, since: '2016' }),
        NetworkList: () => h(NetworkList, { network: samirNetwork }),
        Legend: () => h(Legend, { network: samirNetwork }),
        TimeSlider: () => h(TimeSlider, { network: marcoNetwork }),
        'linked views': () => h(KringLinkProvider, null, h(Ecogram, { defaultNetwork: marcoNetwork }), h(Lifeline, { defaultNetwork: marcoNetwork })),
      };
      export { version };
      export const names = Object.keys(cases);
      export const render = (name) => renderToString(cases[name]());
    `;
    const out = await build({
      stdin: { contents: entry, resolveDir: resolve(import.meta.dirname, '..'), loader: 'tsx', sourcefile: 'ssr18.tsx' },
      bundle: true, write: false, format: 'cjs', platform: 'node', target: 'node20', jsx: 'automatic', logLevel: 'silent',
      conditions: ['@kring/source'],
      alias: { react: join(react18, 'react'), 'react-dom': join(react18, 'react-dom') },
      define: { 'process.env.NODE_ENV': '"development"' },
    });
    const dir = await mkdtemp(join(tmpdir(), 'kring-ssr18-'));
    const file = join(dir, 'ssr18.cjs');
    await writeFile(file, out.outputFiles[0]?.text ?? '');
    rendered = createRequire(import.meta.url)(file) as typeof rendered;
    await rm(dir, { recursive: true, force: true });
  }, 120_000);

  it('bundles React 18', () => {
    expect(rendered.version).toMatch(/^18\./);
  });

  it('renders every component without a console message (no useLayoutEffect warnings)', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      for (const name of rendered.names) {
        const html = rendered.render(name);
        expect(html.length, name).toBeGreaterThan(100);
      }
      expect(rendered.render('Ecogram')).toContain('Samir');
      const said = [...error.mock.calls, ...warn.mock.calls].map((args) => String(args[0]).split('\n')[0]);
      expect(said).toEqual([]);
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
  });
});
