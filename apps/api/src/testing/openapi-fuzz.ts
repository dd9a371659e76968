import fc from 'fast-check';

/**
 * Requests generated from the app's own OpenAPI document (ADR 0070): for every operation, inputs
 * shaped by its schemas and then broken the ways careless clients and attackers break them: wrong
 * types, missing and unknown fields, huge and odd Unicode, invalid ids, absurd cursors and limits,
 * wrong or lying content types, malformed JSON and multipart. Routes added later are covered as
 * soon as they are in the document.
 */

export type Schema = Record<string, unknown>;
export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, OpenApiOperation>>;
  readonly components?: { readonly schemas?: Record<string, Schema> };
}
export interface OpenApiOperation {
  readonly operationId?: string;
  readonly parameters?: readonly { readonly in: string; readonly name: string; readonly required?: boolean; readonly schema?: Schema }[];
  readonly requestBody?: { readonly content?: Record<string, { readonly schema?: Schema }> };
  readonly responses?: Record<string, { readonly content?: Record<string, unknown> }>;
}

export interface FuzzRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly payload?: string | Buffer;
  /** What the generator did, for the failure report. */
  readonly note: string;
}

/** Strings that have broken servers: NUL, lone surrogates, overlong, RTL/ZWJ, SQL and path tricks, look-alike numbers. */
const ODD_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '\ud800', '\udfff', 'x\ud83d', '👨‍👩‍👧', '\u202e\u200f', 'e\u0301', '𠀀䶮', '湖塘镇',
  '%00', '%E0%A4%A', '../../etc/passwd', "' or 1=1 --", '"; drop table hazards; --', '<script>1</script>', '${7*7}', '__proto__',
  'null', 'undefined', 'NaN', '-1', '0', '1e309', '99999999999999999999999', '-0', '0x10', '2026-02-30', '2026-13-01T25:61:61Z',
  '00000000-0000-0000-0000-000000000000', '01900000-0000-7000-8000-00000000abcd', 'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '\\', '/', '\r\n', '\t', '\uFEFF', '\uFFFF', '\uFFFD', 'x'.repeat(5000), '厂'.repeat(3000),
];

const oddString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 60 }) },
);

const oddNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 2 ** 31, -(2 ** 31), 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 0.5, 1e-320),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const anything = fc.oneof(oddString, oddNumber, fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.array(oddString, { maxLength: 3 }));

export function resolve(document: OpenApiDocument, schema: Schema | undefined, depth = 0): Schema {
  if (!schema || depth > 8) return {};
  const ref = schema.$ref;
  if (typeof ref === 'string') return resolve(document, document.components?.schemas?.[ref.replace('#/components/schemas/', '')], depth + 1);
  return schema;
}

/** A value meant to be valid for the schema (the fuzz then breaks some of them). */
function validish(document: OpenApiDocument, raw: Schema | undefined, depth: number): fc.Arbitrary<unknown> {
  const schema = resolve(document, raw);
  if (depth > 5) return fc.constant(null);
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (variants?.length) return fc.oneof(...variants.map((variant) => validish(document, variant, depth + 1)));
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? (schema.type as string[])[0] : (schema.type as string | undefined);
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'date') return fc.constantFrom('2026-03-02', '2026-03-31', '2027-01-01', '2020-01-01');
      if (schema.format === 'date-time') return fc.constantFrom('2026-03-02T02:00:00.000Z', '2025-01-01T00:00:00Z');
      return fc.string({ minLength: Number(schema.minLength ?? 0), maxLength: Math.min(Number(schema.maxLength ?? 20), 20) });
    case 'integer':
      return fc.integer({ min: Number(schema.minimum ?? -1000), max: Math.min(Number(schema.maximum ?? 1000), 1_000_000) });
    case 'number':
      return fc.double({ min: Number(schema.minimum ?? -1000), max: Number(schema.maximum ?? 1000), noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(validish(document, schema.items as Schema, depth + 1), { maxLength: Math.min(Number(schema.maxItems ?? 3), 3) });
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(properties)) record[key] = validish(document, value, depth + 1);
      return fc.record(record, { requiredKeys: ((schema.required ?? []) as string[]).filter((key) => key in record) });
    }
    default:
      return anything;
  }
}

/** Breaks a value: drops or adds a field, puts a wrong or odd value somewhere, or replaces it. */
function broken(value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 2, arbitrary: value },
    { weight: 3, arbitrary: fc.tuple(value, fc.string({ maxLength: 12 }), anything).map(([base, key, odd]) => (isObject(base) ? { ...base, [key || 'extra']: odd } : odd)) },
    { weight: 3, arbitrary: fc.tuple(value, fc.nat(), anything).map(([base, index, odd]) => replaceOne(base, index, odd)) },
    { weight: 2, arbitrary: fc.tuple(value, fc.nat()).map(([base, index]) => dropOne(base, index)) },
    { weight: 1, arbitrary: anything },
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function replaceOne(base: unknown, index: number, odd: unknown): unknown {
  if (!isObject(base)) return odd;
  const keys = Object.keys(base);
  if (keys.length === 0) return { [String(index)]: odd };
  const key = keys[index % keys.length] as string;
  return { ...base, [key]: isObject(base[key]) ? replaceOne(base[key], index >> 2, odd) : odd };
}
function dropOne(base: unknown, index: number): unknown {
  if (!isObject(base)) return base;
  const keys = Object.keys(base);
  if (keys.length === 0) return base;
  const { [keys[index % keys.length] as string]: _dropped, ...rest } = base;
  return rest;
}

const boundary = 'fuzzBoundary';
const multipart = fc.oneof(
  fc.constant(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff`)),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x"\r\n\r\n`), Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)])),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
);

/** A body and the content type it is sent with (sometimes not the one it is in). */
function body(document: OpenApiDocument, operation: OpenApiOperation): fc.Arbitrary<{ payload?: string | Buffer; contentType?: string; note: string }> {
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  const json = broken(validish(document, schema, 0)).map((value) => ({ payload: JSON.stringify(value) ?? 'null', contentType: 'application/json', note: 'json' }));
  return fc.oneof(
    { weight: 8, arbitrary: json },
    { weight: 1, arbitrary: fc.constantFrom('{', '{"a":', '[1,', '\u0000', '', 'null', '{"__proto__":{"x":1}}', '{"a":1,"a":2}').map((payload) => ({ payload, contentType: 'application/json', note: 'malformed json' })) },
    { weight: 1, arbitrary: json.chain((sent) => fc.constantFrom('text/plain', 'application/xml', 'application/json; charset=latin1', 'application/json; charset=gb18030', 'application/x-www-form-urlencoded', 'multipart/form-data').map((contentType) => ({ ...sent, contentType, note: `json as ${contentType}` }))) },
    { weight: schema ? 1 : 6, arbitrary: multipart.map((payload) => ({ payload, contentType: `multipart/form-data; boundary=${boundary}`, note: 'multipart' })) },
  );
}

function queryString(document: OpenApiDocument, operation: OpenApiOperation): fc.Arbitrary<string> {
  const parameters = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
  const named = parameters.map((parameter) => fc.option(fc.oneof(
    validish(document, parameter.schema, 0).map((value) => (Array.isArray(value) ? value.map(String) : [String(value)])),
    fc.array(oddString, { minLength: 1, maxLength: 2 }),
  ).map((values) => values.map((value) => [parameter.name, value] as const)), { nil: [] }));
  const extra = fc.option(fc.tuple(fc.constantFrom('limit', 'cursor', 'q', 'zz', 'limit[]'), oddString).map(([key, value]) => [[key, value] as const]), { nil: [] });
  return fc.tuple(fc.tuple(...named, extra)).map(([groups]) => {
    const search = new URLSearchParams();
    for (const group of groups) for (const [key, value] of group) search.append(key, value);
    const text = search.toString();
    return text ? `?${text}` : '';
  });
}

/** Every byte of the UTF-8 form percent-encoded (a lone surrogate goes as the bytes a client would send, EF BF BD). */
function percentEncode(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

/** Arbitrary requests for one operation of the document, sent as `headers` (the caller's credentials). */
export function requestsFor(document: OpenApiDocument, method: string, path: string, headers: Record<string, string>): fc.Arbitrary<FuzzRequest> {
  const operation = document.paths[path]?.[method] as OpenApiOperation;
  const pathNames = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
  const pathValues = fc.tuple(...pathNames.map(() => fc.oneof(fc.uuid(), oddString, fc.constant('%E0%A4%A'), fc.constant('%00')))).map((values) =>
    pathNames.reduce((url, name, index) => {
      const value = values[index] as string;
      return url.replace(`{${name}}`, value.startsWith('%') ? value : percentEncode(value) || 'x');
    }, path));
  const withBody = method === 'post' || method === 'put' || method === 'patch';
  return fc.tuple(pathValues, queryString(document, operation), withBody ? body(document, operation) : fc.constant({ note: 'no body' } as { payload?: string | Buffer; contentType?: string; note: string }))
    .map(([url, query, sent]) => ({
      method: method.toUpperCase(), url: `${url}${query}`,
      headers: { ...headers, ...(sent.contentType ? { 'content-type': sent.contentType } : {}) },
      ...(sent.payload !== undefined ? { payload: sent.payload } : {}),
      note: sent.note,
    }));
}
