import * as contracts from '@safegrid/contracts';

type JsonObject = Record<string, unknown>;

const COMPONENTS_PREFIX = '#/components/schemas/';

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The schemas the document names once under `components.schemas`: every PascalCase schema exported
 * by @safegrid/contracts that describes a shape (an object, a list or a string vocabulary), under
 * its export name. Bare formats (`Uuid`, `DateTime`) stay inline.
 */
export function contractSchemas(): Record<string, JsonObject> {
  const named: Record<string, JsonObject> = {};
  for (const [name, value] of Object.entries(contracts as Record<string, unknown>)) {
    if (!/^[A-Z][a-z]/.test(name) || !isObject(value)) continue;
    const shape = value.type === 'object' || value.type === 'array' || (value.type === 'string' && Array.isArray(value.enum));
    // A plain copy: the swagger plugin resolves what it is given, and the routes keep the originals.
    if (shape) named[name] = JSON.parse(JSON.stringify(value)) as JsonObject;
  }
  return named;
}

/** JSON with keys sorted at every level: equal schemas give equal text, whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Replaces every sub-schema equal to a named one with a `$ref` to it, outermost first. */
function referenceWithin(value: unknown, nameOf: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => referenceWithin(item, nameOf));
  if (!isObject(value)) return value;
  const name = nameOf.get(canonical(value));
  if (name) return { $ref: `${COMPONENTS_PREFIX}${name}` };
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, referenceWithin(child, nameOf)]));
}

function referencedNames(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => referencedNames(item, found));
  else if (isObject(value)) {
    if (typeof value.$ref === 'string' && value.$ref.startsWith(COMPONENTS_PREFIX)) found.add(value.$ref.slice(COMPONENTS_PREFIX.length));
    Object.values(value).forEach((child) => referencedNames(child, found));
  }
  return found;
}

/**
 * @fastify/swagger writes each route's schemas inline, so one contract appears once per route that
 * uses it (the problem body 127 times). Given the document with the named schemas converted into
 * `components.schemas` the same way as the routes' schemas, this points every copy in a request or
 * response body, and in the components themselves, at its name, then drops the names nothing uses.
 * Equal schemas under two names go to the first in alphabetical order. Parameters stay inline.
 */
export function referenceSharedSchemas(document: JsonObject): void {
  const components = isObject(document.components) ? document.components : {};
  const schemas = isObject(components.schemas) ? (components.schemas as Record<string, JsonObject>) : {};
  const nameOf = new Map<string, string>();
  for (const name of Object.keys(schemas).sort()) {
    const key = canonical(schemas[name]);
    if (!nameOf.has(key)) nameOf.set(key, name);
  }

  for (const name of Object.keys(schemas)) {
    const schema = schemas[name] as JsonObject;
    schemas[name] = Object.fromEntries(Object.entries(schema).map(([key, child]) => [key, referenceWithin(child, nameOf)]));
  }
  for (const operation of operationsOf(document)) {
    for (const media of mediaOf(operation)) media.schema = referenceWithin(media.schema, nameOf);
  }

  // A name is kept when an operation uses it, or a kept name does.
  const used = referencedNames(document.paths, new Set<string>());
  for (let added = used.size; added > 0;) {
    const before = used.size;
    for (const name of [...used]) referencedNames(schemas[name], used);
    added = used.size - before;
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}

/** Every operation object of the document. */
export function operationsOf(document: JsonObject): JsonObject[] {
  const paths = isObject(document.paths) ? document.paths : {};
  return Object.values(paths).flatMap((item) => (isObject(item) ? Object.values(item).filter(isObject) : []));
}

/** The media type objects of an operation's request body and responses. */
function mediaOf(operation: JsonObject): JsonObject[] {
  const bodies = [operation.requestBody, ...Object.values(isObject(operation.responses) ? operation.responses : {})];
  return bodies.flatMap((body) => (isObject(body) && isObject(body.content) ? Object.values(body.content).filter(isObject) : []));
}
