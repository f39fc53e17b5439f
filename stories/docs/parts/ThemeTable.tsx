/**
 * Every --kring-* variable with its light and dark value and what it is for, read from the
 * shipped theme.css at build time: the table cannot drift from the stylesheet.
 */
import type { ReactElement } from 'react';
import themeCss from '../../../packages/react/src/theme.css?raw';

interface Variable {
  name: string;
  light: string;
  dark?: string;
  note?: string;
}

/** The declarations of one block (`--kring-x: value; /* note *\/`). */
function declarations(block: string): Map<string, { value: string; note?: string }> {
  const out = new Map<string, { value: string; note?: string }>();
  const re = /(--kring-[\w-]+)\s*:\s*([^;]+);[ \t]*(?:\/\*\s*(.*?)\s*\*\/)?/g;
  for (const m of block.matchAll(re)) out.set(m[1]!, { value: m[2]!.trim(), ...(m[3] ? { note: m[3] } : {}) });
  return out;
}

/** The first block after `marker` (`{ … }`). */
function blockAfter(css: string, marker: RegExp): string {
  const at = css.search(marker);
  if (at < 0) return '';
  const open = css.indexOf('{', at);
  const close = css.indexOf('\n}', open);
  return css.slice(open + 1, close);
}

export function themeVariables(css: string = themeCss): Variable[] {
  const light = declarations(blockAfter(css, /:where\(:root, :host\)\s*\{/));
  const dark = declarations(blockAfter(css, /data-kring-theme=["']?dark/));
  return [...light].map(([name, v]) => ({ name, light: v.value, dark: dark.get(name)?.value, note: v.note ?? dark.get(name)?.note }));
}

const isColour = (v: string | undefined): boolean => !!v && /^(#[0-9a-f]{3,8}|rgb|hsl)/i.test(v);

function Swatch({ value }: { value: string | undefined }) {
  if (!isColour(value)) return null;
  return <span aria-hidden="true" style={{ display: 'inline-block', width: 14, height: 14, marginInlineEnd: 6, verticalAlign: 'middle', border: '1px solid #6b737c', borderRadius: 3, background: value }} />;
}

export function ThemeTable(): ReactElement {
  const rows = themeVariables();
  return (
    <table>
      <caption>{rows.length} theme variables (light is the default; dark with <code>theme="dark"</code>, or <code>auto</code>)</caption>
      <thead>
        <tr><th scope="col">Variable</th><th scope="col">Light</th><th scope="col">Dark</th><th scope="col">Note</th></tr>
      </thead>
      <tbody>
        {rows.map((v) => (
          <tr key={v.name}>
            <th scope="row"><code style={{ whiteSpace: 'nowrap' }}>{v.name}</code></th>
            <td><Swatch value={v.light} /><code>{v.light}</code></td>
            <td>{v.dark ? <><Swatch value={v.dark} /><code>{v.dark}</code></> : <span>same</span>}</td>
            <td>{v.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
