/**
 * `@kring/core/schema`: a JSON Schema (draft 2020-12) of the Kring network format v1,
 * for vendors who want to check documents in their own stack. It is generated from the
 * same field tables the reader uses, so names, enums, limits and key sets cannot drift.
 * The file `packages/core/schema/kring-network-v1.schema.json` is this object, written out.
 *
 * A JSON Schema cannot express every rule: unique ids, references, self-ties, one tie
 * per pair, history and period order, impossible days (`2019-02-30`) and the nesting
 * limit of extensions are checked by `parseNetwork` only (see `$comment`).
 * @packageDocumentation
 */
import { FORMAT_NAME, FORMAT_VERSION } from '../model/types';
import {
  FORBIDDEN_KEYS, FUZZY_DATE_PATTERN, NETWORK_SPEC, PARSE_LIMITS, type ObjectSpec, type ValueSpec,
} from '../parse/spec';

/** A JSON Schema document (a plain JSON object). */
export type JsonSchema = { readonly [keyword: string]: unknown };

const MAX_STRING = PARSE_LIMITS.maxStringLength;
const MAX_ITEMS = PARSE_LIMITS.maxArrayLength;
const FORBIDDEN = [...FORBIDDEN_KEYS];

/**
 * The characters no Kring string may hold (see `parse/text.ts`), as a regex class body:
 * C0 controls but tab, line feed and carriage return, U+FFFE, U+FFFF. Unpaired surrogates
 * are refused by the reader only: a pattern for them needs the regex `u` flag, which not
 * every validator uses (without it, the same class would refuse every emoji).
 */
const NOT_ALLOWED = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF';
/** A string without those characters. */
const TEXT_PATTERN = `^[^${NOT_ALLOWED}]*$`;
/** A name: such a string with at least one character that is not white space. */
const LABEL_PATTERN = `^[^${NOT_ALLOWED}]*[^\\s${NOT_ALLOWED}][^${NOT_ALLOWED}]*$`;

function valueSchema(spec: ValueSpec, defs: Record<string, JsonSchema>): JsonSchema {
  switch (spec.type) {
    case 'id':
      return { type: 'string', minLength: 1, maxLength: MAX_STRING, pattern: TEXT_PATTERN, not: { enum: FORBIDDEN } };
    case 'ref':
      return { type: 'string', maxLength: MAX_STRING, pattern: TEXT_PATTERN };
    case 'text':
      return { type: 'string', maxLength: MAX_STRING, pattern: spec.label ? LABEL_PATTERN : TEXT_PATTERN };
    case 'code':
      return { type: 'string', pattern: spec.pattern, maxLength: MAX_STRING };
    case 'enum':
      return { type: 'string', enum: [...spec.values] };
    case 'date':
      return { $ref: '#/$defs/fuzzyDate' };
    case 'boolean':
      return { type: 'boolean' };
    case 'number': {
      const out: Record<string, unknown> = { type: spec.integer ? 'integer' : 'number' };
      if (spec.min !== undefined) out.minimum = spec.min;
      if (spec.max !== undefined) out.maximum = spec.max;
      return out;
    }
    case 'array': {
      const out: Record<string, unknown> = { type: 'array', items: valueSchema(spec.items, defs), maxItems: MAX_ITEMS };
      if (spec.length !== undefined) {
        out.minItems = spec.length;
        out.maxItems = spec.length;
      }
      if (spec.minItems !== undefined) out.minItems = spec.minItems;
      return out;
    }
    case 'object':
      addObject(spec.spec, defs);
      return { $ref: `#/$defs/${spec.spec.name}` };
    case 'record':
      return {
        type: 'object',
        propertyNames: { $ref: '#/$defs/key' },
        additionalProperties: valueSchema(spec.values, defs),
      };
    case 'extensions':
      return { $ref: '#/$defs/extensions' };
  }
}

function objectSchema(spec: ObjectSpec, defs: Record<string, JsonSchema>, topLevel: boolean): Record<string, unknown> {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const field of spec.fields) {
    const schema = valueSchema(field.value, defs);
    properties[field.key] = field.description ? { ...schema, description: field.description } : schema;
    // Fields the reader defaults (ties, groups, events) may be absent in a document.
    if (field.required && !field.parseDefault) required.push(field.key);
  }
  const out: Record<string, unknown> = { type: 'object', description: spec.description };
  if (topLevel) {
    out.properties = {
      format: { const: FORMAT_NAME },
      version: { const: FORMAT_VERSION },
      ...properties,
    };
    out.required = ['format', 'version', ...required];
  } else {
    out.properties = properties;
    out.required = required;
  }
  out.additionalProperties = false;
  if (spec.name === 'event') {
    // A moment (`date`) or a period (`start`, optional `end`), never both.
    // (`properties` repeated so that strict validators such as Ajv's strictRequired accept it.)
    out.oneOf = [
      { properties: { date: true }, required: ['date'] },
      { properties: { start: true }, required: ['start'] },
    ];
    out.dependentRequired = { end: ['start'] };
  }
  return out;
}

function addObject(spec: ObjectSpec, defs: Record<string, JsonSchema>): void {
  if (defs[spec.name]) return;
  defs[spec.name] = {}; // reserve (no cycles in the format, but keep order stable)
  defs[spec.name] = objectSchema(spec, defs, false);
}

function buildSchema(): JsonSchema {
  const defs: Record<string, JsonSchema> = {
    fuzzyDate: {
      type: 'string',
      pattern: FUZZY_DATE_PATTERN,
      description: 'YYYY, YYYY-MM or YYYY-MM-DD, optionally prefixed with "~" for "around". Impossible days (2019-02-30) are refused by the reader.',
    },
    key: {
      type: 'string',
      maxLength: MAX_STRING,
      pattern: TEXT_PATTERN,
      not: { enum: FORBIDDEN },
      description: 'Any key except __proto__, constructor and prototype.',
    },
    jsonValue: {
      description: `Any JSON value without forbidden keys; strings of at most ${MAX_STRING} characters, arrays of at most ${MAX_ITEMS} items.`,
      anyOf: [
        { type: 'null' },
        { type: 'boolean' },
        { type: 'number' },
        { type: 'string', maxLength: MAX_STRING, pattern: TEXT_PATTERN },
        { type: 'array', maxItems: MAX_ITEMS, items: { $ref: '#/$defs/jsonValue' } },
        { type: 'object', propertyNames: { $ref: '#/$defs/key' }, additionalProperties: { $ref: '#/$defs/jsonValue' } },
      ],
    },
    extensions: {
      type: 'object',
      description: `Anything a host adds, keyed by the host's reverse-domain name; kept as it is. Nested at most ${PARSE_LIMITS.maxExtensionDepth} levels (the extensions object is level 1).`,
      propertyNames: { $ref: '#/$defs/key' },
      additionalProperties: { $ref: '#/$defs/jsonValue' },
    },
  };
  const root = objectSchema(NETWORK_SPEC, defs, true);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:kring:schema:network:v1',
    title: 'Kring network, format v1',
    ...root,
    $comment:
      'Also required, but not expressible in JSON Schema (checked by @kring/core parseNetwork): ids unique across people, ties, groups, events, actions and meetings; focus, between, members, events\' people, meetings\' invited and layout keys name a person; actions\' about entries name a person or a tie, an action\'s owner is a person id or free text that is no other id, a meeting\'s group names a group; an action that means contacting (any intent but limit and maintain) a person with consent not-allowed, or a meeting inviting one, is refused (consent-refused); a tie joins two different people; at most one tie per unordered pair; history dates oldest first; an event\'s end not before its start; real calendar days; extensions nested at most 32 levels; no unpaired surrogate (U+D800-U+DFFF) in any string (the patterns here refuse the other characters XML cannot hold: control characters but tab, line feed and carriage return, U+FFFE, U+FFFF). Fields outside the format are refused here; parseNetwork keeps them under extensions["kring.unknown"] with a warning.',
    $defs: defs,
  };
}

/**
 * JSON Schema (draft 2020-12) of the Kring network format v1. Validates the shape of a
 * document: fields, types, enums, dates, limits, no unknown fields. The cross-field rules
 * (unique ids, references, tie pairs, date order) are listed in its `$comment` and
 * checked by `parseNetwork`.
 */
export const networkJsonSchema: JsonSchema = buildSchema();
