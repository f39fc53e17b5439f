/**
 * Opaque ids for a redacted network. Ids are often made from names (`p-latifa`,
 * `t-samir-latifa`) and end up in the DOM (`data-id`) and in exported files, so a redacted
 * network gets new ones.
 *
 * - By position: people `p1`, `p2`, … in the order of `people`; ties `t1`, …; groups `g1`, …;
 *   events `e1`, …, actions `a1`, …, meetings `m1`, …. The same network always gets the same ids, and the prefixes keep the
 *   lists (one id space in the format) apart.
 * - Every reference (`focus`, `between`, `members`, events' `people`, `layout` keys, actions'
 *   `about` and person-id `owner`, meetings' `invited` and `group`) is
 *   rewritten through the same map, so a valid network stays valid.
 * - A reference to an id that does not exist (only in a network that skipped validation) gets
 *   an id of its own, `x1`, `x2`, … (the same one for the same missing id), so it still points
 *   nowhere and no name-made id survives.
 * - A duplicate id (also only without validation) keeps the first entity's new id for
 *   references; the later entity gets its own positional id.
 */
import type { Network } from '../model/types';

/** Original id → opaque id, plus a way to rewrite references. */
export interface IdMap {
  /** The new id of the entity at `index` of `list`. */
  entity(list: IdList, index: number): string;
  /** Is this an id of an entity of the network (not free text)? */
  has(id: unknown): boolean;
  /** The new id for a reference to `id` (an id that exists nowhere gets an `x` id). */
  ref(id: unknown): string;
  /** Every original id of an entity → its new id (first occurrence wins). */
  readonly map: ReadonlyMap<string, string>;
}

const PREFIX = { people: 'p', ties: 't', groups: 'g', events: 'e', actions: 'a', meetings: 'm' } as const;
/** The id-carrying lists. */
export type IdList = keyof typeof PREFIX;
const LISTS = /* @__PURE__ */ Object.keys(PREFIX) as IdList[];

/** The opaque ids of every person, tie, group and event of `network`, by position. */
export function opaqueIds(network: Network): IdMap {
  const map = new Map<string, string>();
  for (const key of LISTS) {
    const list: unknown = network[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, i) => {
      const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && !map.has(id)) map.set(id, `${PREFIX[key]}${i + 1}`);
    });
  }
  const missing = new Map<string, string>();
  return {
    entity: (list, index) => `${PREFIX[list]}${index + 1}`,
    has: (id) => typeof id === 'string' && map.has(id),
    ref: (id) => {
      const key = typeof id === 'string' ? id : String(id);
      const known = map.get(key);
      if (known !== undefined) return known;
      let x = missing.get(key);
      if (x === undefined) {
        x = `x${missing.size + 1}`;
        missing.set(key, x);
      }
      return x;
    },
    map,
  };
}
