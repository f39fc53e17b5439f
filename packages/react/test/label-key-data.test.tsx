import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { createRef } from 'react';
import { generateNetwork } from '@kring/fixtures';
import type { EcogramLayout } from '@kring/core/layout';
import type { Person } from '@kring/core';
import { Ecogram, type EcogramHandle } from '../src/ecogram';
import { exportKeyOf, labelKeyData } from '../src/ecogram/LabelKey';
import { useText } from '../src/i18n';
import { ECOGRAM_BUNDLES, type EcogramText } from '../src/ecogram/messages';
import { FSI, PDI } from '../src/utils/bidi';

afterEach(cleanup);

function textOf(): EcogramText {
  let t: EcogramText | undefined;
  function Grab() {
    t = useText(ECOGRAM_BUNDLES, 'nl');
    return null;
  }
  render(<Grab />);
  return t!;
}

describe('the key of numbered names as data', () => {
  it('is one set of lines: drawn with <bdi>, exported with FSI…PDI around a right-to-left name', () => {
    const t = textOf();
    const layout = { nodes: { a: { sector: 'family', closeness: 'inner' } } } as unknown as EcogramLayout;
    const people: Person[] = [
      { id: 'a', name: 'سمير', kind: 'person' },
      { id: 'b', name: 'Anna', kind: 'person', sector: 'care', closeness: 'outer' },
    ];
    const key = labelKeyData([{ person: people[0]!, number: 1, inline: false }, { person: people[1]!, number: 2, inline: true }], layout, t);
    expect(key.title).toBe(t('ecogram.printKey'));
    expect(key.lines.map((l) => [l.id, l.number, l.name])).toEqual([['a', 1, 'سمير'], ['b', 2, 'Anna']]);
    const exported = exportKeyOf(key)!;
    expect(exported.items[0]!.text).toBe(`${key.lines[0]!.before}${FSI}سمير${PDI}${key.lines[0]!.after}`);
    expect(exported.items[1]!.text).toBe(`${key.lines[1]!.before}Anna${key.lines[1]!.after}`);
    expect(exportKeyOf({ title: 'x', lines: [] })).toBeUndefined();
    expect(exportKeyOf(null)).toBeUndefined();
  });

  it('the export writes the same lines the print key beside the map shows', async () => {
    const ref = createRef<EcogramHandle>();
    // A crowded map (over 80 people): there some names are numbers (60 people all get their names now).
    const { container } = render(<Ecogram ref={ref} defaultNetwork={generateNetwork(100, 3)} today="2026-01-01" />);
    const listed = [...container.querySelectorAll('[data-part="print-key"] li')].map((li) => `${li.getAttribute('value')}.${li.textContent}`);
    expect(listed.length).toBeGreaterThan(0);
    const doc = new DOMParser().parseFromString((await ref.current!.toSVG()), 'image/svg+xml');
    const texts = [...doc.querySelectorAll('[data-part="export-key"] text')].map((el) => el.textContent ?? '');
    for (const line of listed) expect(texts).toContain(line.split('.')[0] + '.');
  });
});
