import { describe, expect, it } from 'vitest';
import { parseNetwork, PARSE_LIMITS } from '../src';
import { base, errorsOf, pairs } from './bad-input-helpers';

/** One rule for the keys of every object read: too long → too-long on the object, forbidden → forbidden-key on the key. */
describe('bad input: keys of any object', () => {
  const long = 'k'.repeat(PARSE_LIMITS.maxStringLength + 1);

  it.each([
    ['an unknown field of a person', (d: ReturnType<typeof base>) => { d.people[0]![long] = 1; }, 'people[0]'],
    ['a key of the layout', (d: ReturnType<typeof base>) => { d.layout = { [long]: { closeness: 'inner' } }; }, 'layout'],
    ['a key inside extensions', (d: ReturnType<typeof base>) => { d.extensions = { 'com.x': { [long]: 1 } }; }, 'extensions["com.x"]'],
  ])('a key longer than the text limit in %s → too-long on the object', (_where, breakIt, path) => {
    const d = base();
    breakIt(d);
    expect(pairs(errorsOf(d))).toEqual([['too-long', path]]);
  });

  it('a long key and a forbidden key in one object are both refused, in key order', () => {
    const d = base();
    d.extensions = { 'com.x': JSON.parse(`{"${long}":1,"constructor":2,"ok":3}`) };
    expect(pairs(errorsOf(d))).toEqual([['too-long', 'extensions["com.x"]'], ['forbidden-key', 'extensions["com.x"].constructor']]);
  });

  it('a key at the limit is read', () => {
    const d = base();
    d.extensions = { 'com.x': { ['k'.repeat(PARSE_LIMITS.maxStringLength)]: 1 } };
    expect(parseNetwork(d).ok).toBe(true);
  });
});
