import { useRef, useState, type ComponentProps } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Network } from '@kring/core';
import {
  dennisNoNetwork, fatimaNetwork, generateNetwork, marcoIntakeDate, marcoNetwork, samirNetwork, yonasNetwork,
} from '@kring/fixtures';
import { Ecogram, type EcogramHandle } from '../packages/react/src/ecogram';
import '../packages/react/src/styles.css';

/** A fixed "today" so that stories and screenshots do not change from day to day. */
const TODAY = '2025-06-15';

/** A host that keeps the network in its own state: the usual controlled use. */
function Controlled(props: ComponentProps<typeof Ecogram> & { initial: Network }) {
  const { initial, ...rest } = props;
  const [network, setNetwork] = useState(initial);
  return <Ecogram {...rest} network={network} onChange={(next) => setNetwork(next)} />;
}

const meta = {
  title: 'Ecogram/Ecogram',
  component: Ecogram,
  tags: ['autodocs'],
  args: { today: TODAY },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Ecogram>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Fatima's network after a few conversations: family, friends, fellow residents, the
 * neighbourhood, day activity and care, a WhatsApp support group, an overloaded mother,
 * reciprocity arrows, a stressful tie between her brother and mother.
 */
export const Typical: Story = {
  render: (args) => <Controlled {...args} initial={fatimaNetwork} />,
};

/** With the legend beside the map: every line style, shape and badge explained in words. */
export const WithLegend: Story = {
  render: (args) => <Controlled {...args} initial={fatimaNetwork} />,
  args: { showLegend: true },
};

/**
 * "Ik heb geen netwerk": at intake Dennis names only professionals and places, and one old
 * friend he last spoke on WhatsApp (a faded tie to re-engage). The map invites, never shames.
 */
export const NoNetworkYet: Story = {
  name: 'Ik heb geen netwerk',
  render: (args) => <Controlled {...args} initial={dennisNoNetwork} />,
};

/**
 * Family abroad (mother in Eritrea with an interpreter, sister in Germany) and a harmful
 * ex-partner with a boundary and no consent to contact: warning glyph on the tie, badges.
 */
export const FamilyAbroadAndBoundary: Story = {
  render: (args) => <Controlled {...args} initial={yonasNetwork} />,
};

/**
 * Ten years of Marco's network. The time slider shows the map on each date in its history:
 * his sister's tie broken in 2017 and restored in 2021, his daughter's faded and broken.
 * Dates in the past are view-only.
 */
export const OverTime: Story = {
  render: (args) => <Controlled {...args} initial={marcoNetwork} />,
  args: { showTimeSlider: true, defaultAt: marcoIntakeDate },
};

/** No editing controls at all; selecting, zooming and the list view still work. */
export const ReadOnly: Story = { args: { network: fatimaNetwork, readOnly: true } };

/** Names replaced by initials, for printing and sharing (free-text notes are removed too). */
export const Redacted: Story = { args: { network: yonasNetwork, redacted: 'initials' } };

/** Only roles are shown. */
export const RedactedRoles: Story = { args: { network: fatimaNetwork, redacted: 'role' } };

/** The dark theme (`theme="dark"` sets `data-kring-theme="dark"`). */
export const Dark: Story = {
  render: (args) => <Controlled {...args} initial={fatimaNetwork} />,
  args: { theme: 'dark' },
  parameters: { backgrounds: { disable: true } },
  decorators: [
    (Story) => (
      <div data-kring-theme="dark" style={{ background: 'var(--kring-bg)', padding: '1rem' }}>
        <Story />
      </div>
    ),
  ],
};

/** English texts (`locale="en"`). */
export const English: Story = {
  render: (args) => <Controlled {...args} initial={samirNetwork} />,
  args: { locale: 'en' },
};

/** 150 people from the seeded generator: names show on focus, hover or when zoomed in. */
export const LargeNetwork: Story = {
  name: '150 people',
  tags: ['!autodocs'], // in the sidebar, not on the docs page (150 people twice would slow it down)
  render: (args) => <Controlled {...args} initial={generateNetwork(150, 7)} />,
};

/** The non-visual alternative: the same network as lists and tables. */
export const ListView: Story = {
  render: (args) => <Controlled {...args} initial={fatimaNetwork} />,
  args: { defaultView: 'list' },
};

/** On a 320 px wide phone: the toolbar wraps, the map scales down. */
export const Narrow: Story = {
  render: (args) => <Controlled {...args} initial={dennisNoNetwork} />,
  decorators: [
    (Story) => (
      <div style={{ width: 320, maxWidth: '100%' }}>
        <Story />
      </div>
    ),
  ],
};

/** Data with errors: a readable message with the path of each problem, never a crash. */
export const InvalidData: Story = {
  args: {
    network: {
      ...samirNetwork,
      focus: 'p-nobody',
      people: [...samirNetwork.people, { id: 'p-jan', name: 'Jan', kind: 'robot' }],
    } as unknown as Network,
  },
};

function ExportDemo(props: ComponentProps<typeof Ecogram>) {
  const ref = useRef<EcogramHandle>(null);
  const [svg, setSvg] = useState<{ url: string; size: number } | null>(null);
  const [png, setPng] = useState<{ url: string; size: number } | null>(null);
  const [problem, setProblem] = useState('');
  return (
    <div>
      <div role="group" aria-label="Exporteren" style={{ display: 'flex', gap: '0.5rem', marginBottom: '0.5rem' }}>
        <button
          type="button"
          style={{ minHeight: 44, padding: '0 1rem' }}
          onClick={async () => {
            const text = (await ref.current?.toSVG()) ?? '';
            setSvg({ url: URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' })), size: text.length });
          }}
        >
          SVG maken
        </button>
        <button
          type="button"
          style={{ minHeight: 44, padding: '0 1rem' }}
          onClick={() => {
            ref.current
              ?.toPNG({ scale: 1.5 })
              .then((blob) => setPng({ url: URL.createObjectURL(blob), size: blob.size }))
              .catch((e: unknown) => setProblem(String(e)));
          }}
        >
          PNG maken
        </button>
      </div>
      <div className="kring-ecogram" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        {svg ? (
          <figure style={{ margin: 0 }}>
            <img src={svg.url} alt="Geëxporteerd ecogram (SVG)" width={240} style={{ height: 'auto' }} data-testid="export-svg" />
            <figcaption>SVG, {Math.round(svg.size / 1024)} kB</figcaption>
          </figure>
        ) : null}
        {png ? (
          <figure style={{ margin: 0 }}>
            <img src={png.url} alt="Geëxporteerd ecogram (PNG)" width={240} style={{ height: 'auto' }} data-testid="export-png" />
            <figcaption>PNG, {Math.round(png.size / 1024)} kB</figcaption>
          </figure>
        ) : null}
        {problem ? <p role="alert">{problem}</p> : null}
      </div>
      <Ecogram ref={ref} {...props} />
    </div>
  );
}

/**
 * Export through the imperative handle: `toSVG()` gives a self-contained SVG document (styles
 * inlined, system fonts, no external requests), `toPNG()` a PNG image. Print (Ctrl+P) fits one A4 page.
 */
export const Export: Story = {
  render: (args) => <ExportDemo {...args} />,
  args: { defaultNetwork: yonasNetwork },
};

/**
 * Export of a crowded map (150 people): a picture on file has no hover, so each person whose
 * name is not drawn gets a number beside the node and a line in the key under the picture.
 */
export const ExportLarge: Story = {
  name: 'Export, 150 people',
  tags: ['!autodocs'],
  render: (args) => <ExportDemo {...args} />,
  args: { defaultNetwork: generateNetwork(150, 7) },
};
