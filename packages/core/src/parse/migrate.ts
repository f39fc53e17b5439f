/**
 * Migrations of older format versions to the current one (see MIGRATIONS in
 * packages/core/README.md). Each step turns a raw document of version `from` into a raw
 * document of version `from + 1`, and says how a path in the new shape is written in the
 * old one, so problems found later are reported at the paths of the input.
 */
import { joinPath } from '../model/errors';
import { CLOSENESSES } from '../model/types';
import type { ReadContext } from './context';
import { isRecord, own } from './json';

/** One migration step. */
export interface Migration {
  from: number;
  /** Turn a raw document of version `from` into one of version `from + 1`. Never throws. */
  migrate(doc: Record<string, unknown>, ctx: ReadContext): Record<string, unknown>;
  /** Where a path of the migrated document was in the input. */
  mapPath(path: string): string;
}

/**
 * Copy own keys into a fresh object, renaming some. Uses `defineProperty`, so a
 * `__proto__` key stays an own key (for the reader to refuse) instead of setting the prototype.
 */
function copyRenamed(
  src: Record<string, unknown>,
  renames: Record<string, string>,
  path: string,
  ctx: ReadContext,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const oldNameOf = new Map(Object.entries(renames).map(([from, to]) => [to, from]));
  for (const key of Object.keys(src)) {
    let target = key;
    if (Object.prototype.hasOwnProperty.call(renames, key)) {
      target = renames[key] as string;
    } else {
      const oldName = oldNameOf.get(key);
      if (oldName !== undefined && Object.prototype.hasOwnProperty.call(src, oldName)) {
        ctx.error('invalid-value', joinPath(path, key), `A version 0 document uses "${oldName}", not "${key}".`);
        continue;
      }
    }
    Object.defineProperty(out, target, { value: src[key], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Version 0, the pre-release draft: the client was `client`, people were `nodes` with a
 * numeric `closeness` 1 (inner) .. 3 (outer), ties were `edges` with `source` and
 * `target` instead of `between`.
 */
const v0ToV1: Migration = {
  from: 0,
  migrate(doc, ctx) {
    const out = copyRenamed(doc, { client: 'focus', nodes: 'people', edges: 'ties' }, '', ctx);
    out.version = 1;
    if (Array.isArray(out.people)) {
      out.people = (out.people as unknown[]).map((node, i) => {
        if (!isRecord(node)) return node;
        const person = copyRenamed(node, {}, joinPath('nodes', i), ctx);
        const closeness = own(node, 'closeness');
        if (closeness !== undefined) {
          if (closeness === 1 || closeness === 2 || closeness === 3) {
            person.closeness = CLOSENESSES[closeness - 1];
          } else {
            ctx.error('invalid-value', joinPath(joinPath('nodes', i), 'closeness'), 'In version 0, closeness is 1 (inner), 2 (middle) or 3 (outer).');
            delete person.closeness;
          }
        }
        return person;
      });
    }
    if (Array.isArray(out.ties)) {
      out.ties = (out.ties as unknown[]).map((edge, i) => {
        if (!isRecord(edge)) return edge;
        const tie = copyRenamed(edge, {}, joinPath('edges', i), ctx);
        delete tie.source;
        delete tie.target;
        if (own(edge, 'between') !== undefined) {
          ctx.error('invalid-value', joinPath(joinPath('edges', i), 'between'), 'A version 0 edge uses "source" and "target", not "between".');
        }
        tie.between = [own(edge, 'source'), own(edge, 'target')];
        return tie;
      });
    }
    return out;
  },
  mapPath(path) {
    return path
      .replace(/^focus(?=$|[.[])/, 'client')
      .replace(/^people(?=$|[.[])/, 'nodes')
      .replace(/^ties\[(\d+)\]\.between\[0\]/, 'edges[$1].source')
      .replace(/^ties\[(\d+)\]\.between\[1\]/, 'edges[$1].target')
      .replace(/^ties\[(\d+)\]\.between(?=$)/, 'edges[$1]')
      .replace(/^ties(?=$|[.[])/, 'edges');
  },
};

/** All migrations, oldest first. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1];

/** The oldest version `parseNetwork` can read. */
export const OLDEST_VERSION = 0;
