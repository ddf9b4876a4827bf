/**
 * A checker for the part of JSON Schema (draft 2020-12) that data/schema.json uses: type, enum,
 * const, pattern, minLength, minimum, maximum, format "date", properties, required,
 * additionalProperties, items, uniqueItems, allOf, anyOf, if/then/else and local $ref
 * ("#/$defs/..."). Any other keyword throws, so that the schema never says more than is checked.
 */

export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

export interface SchemaError {
  /** JSON Pointer to the value at fault: "/entities/12/kind". */
  path: string;
  message: string;
}

/** Keywords that only describe: nothing to check. */
const ANNOTATIONS = new Set(['$schema', '$id', '$defs', '$comment', 'title', 'description']);
const CHECKED = new Set([
  'type', 'enum', 'const', 'pattern', 'minLength', 'minimum', 'maximum', 'format', 'properties', 'required',
  'additionalProperties', 'items', 'uniqueItems', 'allOf', 'anyOf', 'if', 'then', 'else', '$ref',
]);

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function hasType(v: unknown, type: string): boolean {
  const t = typeOf(v);
  return t === type || (type === 'number' && t === 'integer');
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && equal(a[k], b[k]));
}

/** RFC 3339 full-date: "YYYY-MM-DD", a real day. */
function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks a value against a schema; returns every error found (none: the value is valid). */
export function checkJsonSchema(root: JsonSchema, value: unknown): SchemaError[] {
  const patterns = new Map<string, RegExp>();
  const regex = (p: string) => patterns.get(p) ?? patterns.set(p, new RegExp(p, 'u')).get(p)!;

  function resolve(ref: string): JsonSchema {
    if (!ref.startsWith('#/')) throw new Error(`only local references are supported: ${ref}`);
    let at: unknown = root;
    for (const part of ref.slice(2).split('/')) {
      const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
      at = isObject(at) ? at[key] : undefined;
    }
    if (typeof at !== 'boolean' && !isObject(at)) throw new Error(`unresolved reference ${ref}`);
    return at;
  }

  function check(schema: JsonSchema, v: unknown, path: string, out: SchemaError[]): void {
    const fail = (message: string) => void out.push({ path, message });
    if (schema === true) return;
    if (schema === false) return fail('is not allowed');
    for (const k of Object.keys(schema)) if (!CHECKED.has(k) && !ANNOTATIONS.has(k)) throw new Error(`unsupported keyword ${k}`);
    const s = schema as Obj;
    const passes = (sub: unknown) => {
      const errors: SchemaError[] = [];
      check(sub as JsonSchema, v, path, errors);
      return errors.length === 0;
    };
    if (typeof s['$ref'] === 'string') check(resolve(s['$ref']), v, path, out);
    if (s['type'] !== undefined) {
      const types = ([] as string[]).concat(s['type'] as string | string[]);
      if (!types.some((t) => hasType(v, t))) return fail(`must be ${types.join(' or ')}, not ${typeOf(v)}`);
    }
    if (Array.isArray(s['enum']) && !s['enum'].some((x) => equal(x, v))) fail(`must be one of ${s['enum'].map((x) => JSON.stringify(x)).join(', ')}, not ${JSON.stringify(v)}`);
    if ('const' in s && !equal(s['const'], v)) fail(`must be ${JSON.stringify(s['const'])}`);
    if (typeof v === 'string') {
      if (typeof s['pattern'] === 'string' && !regex(s['pattern']).test(v)) fail(`${JSON.stringify(v)} does not match ${s['pattern']}`);
      if (typeof s['minLength'] === 'number' && [...v].length < s['minLength']) fail(`must have at least ${s['minLength']} characters`);
      if (s['format'] !== undefined) {
        if (s['format'] !== 'date') throw new Error(`unsupported format ${String(s['format'])}`);
        if (!isDate(v)) fail(`${JSON.stringify(v)} is not a date (YYYY-MM-DD)`);
      }
    }
    if (typeof v === 'number') {
      if (typeof s['minimum'] === 'number' && v < s['minimum']) fail(`must be at least ${s['minimum']}`);
      if (typeof s['maximum'] === 'number' && v > s['maximum']) fail(`must be at most ${s['maximum']}`);
    }
    if (isObject(v)) {
      const properties = (s['properties'] ?? {}) as Obj;
      for (const key of (s['required'] ?? []) as string[]) if (!(key in v)) fail(`${key} is required`);
      for (const [key, x] of Object.entries(v)) {
        const at = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (key in properties) check(properties[key] as JsonSchema, x, at, out);
        else if (s['additionalProperties'] === false) out.push({ path: at, message: `${key} is not a known property` });
        else if (s['additionalProperties'] !== undefined) check(s['additionalProperties'] as JsonSchema, x, at, out);
      }
    }
    if (Array.isArray(v)) {
      if (s['items'] !== undefined) v.forEach((x, i) => check(s['items'] as JsonSchema, x, `${path}/${i}`, out));
      if (s['uniqueItems'] === true && v.some((x, i) => v.findIndex((y) => equal(x, y)) !== i)) fail('has an item twice');
    }
    for (const sub of (s['allOf'] ?? []) as JsonSchema[]) check(sub, v, path, out);
    if (Array.isArray(s['anyOf']) && !s['anyOf'].some(passes)) fail('matches none of the allowed forms');
    if (s['if'] !== undefined) {
      const branch = passes(s['if']) ? s['then'] : s['else'];
      if (branch !== undefined) check(branch as JsonSchema, v, path, out);
    }
  }

  const out: SchemaError[] = [];
  check(root, value, '', out);
  return out;
}
