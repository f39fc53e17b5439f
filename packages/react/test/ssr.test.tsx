// @vitest-environment node
/**
 * Server-side rendering smoke test: a host that renders its pages on the server
 * (Next.js, Remix, a Java portal with a Node renderer) must be able to render every
 * component without a DOM. Effects (layout, zoom, observers) only run in the browser.
 */
import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import type { ReactElement } from 'react';
import { samirNetwork, marcoNetwork } from '@kring/fixtures';
import {
  Ecogram, Legend, Lifeline, NetworkInterview, NetworkList, NetworkSummary, TimeSlider, KringLinkProvider,
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

  it('shows the client name as text and the problem of a bad network in words', () => {
    expect(renderToString(<Ecogram defaultNetwork={samirNetwork} />)).toContain('Samir');
    expect(renderToString(<Ecogram network={{ format: 'nope' } as never} />)).toMatch(/format/i);
  });
});
