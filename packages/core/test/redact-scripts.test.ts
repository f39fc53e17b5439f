/**
 * Redaction of names in scripts written without spaces between words (Chinese, Japanese) or
 * with particles attached to the name (Korean): a name inside such a run is still a name.
 * Found after issue 13's review: "昨天王伟来了" kept 王伟, and in role mode a person whose role
 * mentions their own name ("王伟的哥哥") was shown by that role.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { redactNetwork, type Network } from '../src';

const network = {
  format: 'kring.network', version: 1, id: 'n-scripts', focus: 'c',
  people: [
    { id: 'c', name: 'Jan de Vries', kind: 'person' },
    { id: 'a', name: '王伟', kind: 'person', sector: 'family', closeness: 'inner', role: '王伟的哥哥' },
    { id: 'b', name: '佐藤 花子', kind: 'person', sector: 'friends', closeness: 'inner', role: '昨日佐藤花子さんが来た' },
    { id: 'k', name: '김민준', kind: 'person', sector: 'friends', closeness: 'middle', role: '김민준이 도와줌' },
    { id: 't', name: 'สมชาย', kind: 'person', sector: 'friends', closeness: 'middle', role: 'เพื่อนสมชายมา' },
  ],
  ties: [],
  groups: [{ id: 'g', name: '王伟和佐藤', members: ['a', 'b'] }],
  events: [
    { id: 'e', date: '2020', title: '昨天王伟来了, 佐藤さんも。김민준과 만남' },
    // Typed decomposed (NFD jamo), run into Latin letters, a Thai name inside a Thai sentence.
    { id: 'f', date: '2021', title: `${'김민준'.normalize('NFD')}이 kwam, Jan王伟 ook; เพื่อนสมชายมา` },
    // The same characters not as a name: kept.
    { id: 'g', date: '2022', title: '王国和花园' },
  ],
} as unknown as Network;

describe('redaction of names written without spaces', () => {
  it.each(['initials', 'role'] as const)('%s: no name, or a part of one, survives inside an unspaced run', (mode) => {
    const out = JSON.stringify(redactNetwork(network, mode));
    for (const part of ['王伟', '佐藤', '花子', '김민준', '김민준'.normalize('NFD'), 'สมชาย']) expect(out, `${mode}: ${part}`).not.toContain(part);
    // The rest of the text stays readable, and characters that only share a character with a name are kept.
    expect(out).toContain('昨天');
    expect(out).toContain('王国和花园');
  });

  it('role mode: a role that names its own person reads as the label, once', () => {
    const redacted = redactNetwork(network, 'role');
    const a = redacted.people[1];
    expect(a?.role).toBe('?.1的哥哥');
    expect(a?.name).toBe(a?.role);
    expect(redacted.events[0]?.title).toBe('昨天?.1的哥哥来了, 昨日?.?.さんが来たさんも。?.2이 도와줌과 만남');
  });
});

/**
 * Property: names in unspaced scripts, written into random sentences of the same scripts
 * without spaces (before a particle, after another name, twice in a row, decomposed), never
 * survive redaction — the folded JSON holds no name's characters in a row.
 */
describe('redaction of names written without spaces: property', () => {
  const NAMES = ['王伟', '李娜', '张小明', '佐藤花子', '田中', 'さくら', 'タナカ', '김민준', '이서연', '박', 'สมชาย', 'ນາງແກ້ວ'];
  const FILLER = ['昨天', '来了', 'さんが', '来た', '이', '과 만남', 'を見た', '的哥哥', 'เพื่อน', 'มา', '。', ', '];
  const fold = (text: string): string => text.normalize('NFKD');

  it('no name survives in any text, in either mode', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(NAMES.length - 1), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(FILLER.length - 1), fc.nat(3)), { minLength: 1, maxLength: 30 }),
        fc.constantFrom('initials' as const, 'role' as const),
        (chosen, mentions, mode) => {
          const names = chosen.map((k) => NAMES[k] as string);
          const text = mentions
            .map(([who, filler, how]) => {
              const name = names[who % names.length] as string;
              const written = how === 0 ? name.normalize('NFD') : how === 1 ? name + name : name;
              return how === 2 ? FILLER[filler] + written : written + FILLER[filler];
            })
            .join('');
          const net = {
            format: 'kring.network', version: 1, id: 'n', focus: 'c',
            people: [
              { id: 'c', name: 'Cliënt', kind: 'person' },
              ...names.map((name, i) => ({ id: `p${i}`, name, kind: 'person', sector: 'family', closeness: 'inner', role: `${FILLER[i % FILLER.length]}${name}` })),
            ],
            ties: [],
            groups: [{ id: 'g', name: text.slice(0, 80), members: ['p0'] }],
            events: [{ id: 'e', date: '2020', title: text }],
          } as unknown as Network;
          const out = fold(JSON.stringify(redactNetwork(net, mode)));
          for (const name of names) expect(out, `${mode}: ${name} in ${text}`).not.toContain(fold(name));
        },
      ),
      { numRuns: 300 },
    );
  });
});
