/**
 * What reading and checking share: the body of a network (everything but format and version)
 * read by the structural pass and checked by the rules pass, and taking over the items of an
 * earlier check (`previous`).
 * @internal
 */
import { FORMAT_NAME } from '../model/types';
import { compactDraft, type ReadContext } from './context';
import { describeType, isRecord, own } from './json';
import { checkedFor } from './known';
import { checkRules } from './rules';
import { NETWORK_SPEC } from './spec';
import { readObject } from './structure';

/** Let `ctx` take over the items of `previous` (see `ParseOptions.previous`) when Kring found it valid. */
export function takeOverFrom(ctx: ReadContext, previous: unknown): void {
  const check = checkedFor(previous, ctx.limits);
  if (!check || !isRecord(previous)) return;
  const sets = new Map<object, WeakSet<object>>();
  const lists = new Map<object, unknown[]>();
  for (const field of NETWORK_SPEC.fields) {
    const list = own(previous, field.key);
    const set = check.items.get(field.key);
    if (field.value.type !== 'array' || field.value.items.type !== 'object' || !Array.isArray(list) || !set) continue;
    sets.set(field.value.items.spec, set);
    lists.set(field.value.items.spec, list);
  }
  // By id, built when an item is not the very object checked then (a host's copy, the edited one).
  const byId = new Map<object, Map<string, Record<string, unknown>>>();
  ctx.takeOver = {
    trusted: check.trusted,
    checked: (spec, item) => sets.get(spec)?.has(item) ?? false,
    earlier(spec, id) {
      let map = byId.get(spec);
      if (!map) {
        map = new Map();
        const set = sets.get(spec);
        for (const item of lists.get(spec) ?? []) {
          const itemId = isRecord(item) && set?.has(item) ? own(item, 'id') : undefined;
          if (typeof itemId === 'string') map.set(itemId, item as Record<string, unknown>);
        }
        byId.set(spec, map);
      }
      return map.get(id);
    },
  };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function checkFormat(doc: Record<string, unknown>, ctx: ReadContext): void {
  const format = own(doc, 'format');
  if (format === undefined) {
    ctx.error('required', 'format', `format is required: "${FORMAT_NAME}".`);
  } else if (format !== FORMAT_NAME) {
    const got = typeof format === 'string' ? JSON.stringify(format.slice(0, 40)) : describeType(format);
    ctx.error('wrong-format', 'format', `Not a Kring network: format must be "${FORMAT_NAME}", got ${got}.`);
  }
}

/** Read the body (everything but format and version) and check the rules. */
export function readBody(doc: Record<string, unknown>, ctx: ReadContext): Record<string, unknown> {
  const draft = readObject(doc, NETWORK_SPEC, '', ctx, null, ['format', 'version']);
  checkRules(draft, ctx);
  if (ctx.holes) compactDraft(draft);
  return draft;
}
