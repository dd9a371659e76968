import { describeFieldProblem, type Language } from '@safegrid/contracts';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';

/** A problem with one field of a form body, at its JSON pointer path (`/plan/funds`). */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

interface SchemaError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly params: Readonly<Record<string, unknown>>;
}

// The same keyword → problem code mapping the API applies to its Ajv errors, so a form shows
// the words the server would have answered.
function problemOf(error: SchemaError): { path: string; code: string; limit?: number } | null {
  const limit = typeof error.params.limit === 'number' ? error.params.limit : undefined;
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params.requiredProperties as string[] | undefined)?.[0];
      return missing ? { path: `${error.instancePath}/${missing}`, code: 'required' } : null;
    }
    case 'additionalProperties':
    case 'boolean':
      return null;
    case 'minLength':
      return { path: error.instancePath, code: limit === 1 ? 'required' : 'too_short', limit };
    case 'maxLength':
      return { path: error.instancePath, code: 'too_long', limit };
    case 'minItems':
      return { path: error.instancePath, code: limit === 1 ? 'required' : 'too_few', limit };
    case 'maxItems':
      return { path: error.instancePath, code: 'too_many', limit };
    case 'uniqueItems':
      return { path: error.instancePath, code: 'not_unique' };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path: error.instancePath, code: 'out_of_range' };
    case 'enum':
    case 'const':
      return { path: error.instancePath, code: 'enum' };
    case 'type':
      return { path: error.instancePath, code: 'type' };
    default:
      return { path: error.instancePath, code: 'format' };
  }
}

const PRIORITY = ['required', 'enum', 'format', 'too_long', 'too_short', 'out_of_range', 'too_many', 'too_few', 'not_unique', 'type'];

/**
 * Checks a request body against its contract schema before it is sent: one message per field,
 * worded from the same catalogue as the API's problem responses. Empty when the body is valid.
 */
export function checkAgainst(schema: TSchema, body: unknown, language: Language): FieldError[] {
  const byPath = new Map<string, { code: string; limit?: number }>();
  for (const error of Value.Errors(schema, body) as SchemaError[]) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    const problem = problemOf(error);
    if (!problem) continue;
    const existing = byPath.get(problem.path);
    if (!existing || PRIORITY.indexOf(problem.code) < PRIORITY.indexOf(existing.code)) byPath.set(problem.path, problem);
  }
  return [...byPath.entries()].map(([path, problem]) => ({
    path,
    message: describeFieldProblem(language, { path, code: officeCode(schema, path, problem.code), params: problem.limit === undefined ? {} : { limit: problem.limit } }),
  }));
}

/**
 * Office wording for a missing or wrong choice (issue 16): a place is chosen on the map, a list
 * value is chosen (请选择…), not "typed wrongly".
 */
function officeCode(schema: TSchema, path: string, code: string): string {
  if (code !== 'required' && code !== 'enum' && code !== 'type') return code;
  const segments = path.split('/').filter(Boolean);
  if (segments.includes('location') || segments.includes('position')) return 'place';
  return isChoice(schemaAt(schema as SchemaNode, segments)) ? 'choose' : code;
}

/** The JSON Schema keywords read below; a TypeBox schema is plain JSON Schema at run time. */
interface SchemaNode {
  readonly enum?: unknown;
  readonly const?: unknown;
  readonly type?: unknown;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly items?: SchemaNode;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
}

/** The part of a schema that describes the value at `segments`, through objects, arrays and unions. */
function schemaAt(schema: SchemaNode | undefined, segments: readonly string[]): SchemaNode | undefined {
  let current = schema;
  for (const segment of segments) {
    if (!current) return undefined;
    const options = current.anyOf ?? current.oneOf;
    if (options) current = options.find((option) => option.properties?.[segment] !== undefined || option.items !== undefined) ?? options[0];
    current = /^\d+$/.test(segment) ? current?.items : current?.properties?.[segment];
  }
  return current;
}

function isChoice(schema: SchemaNode | undefined): boolean {
  if (!schema) return false;
  if (Array.isArray(schema.enum) || schema.const !== undefined) return true;
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.some(isChoice);
  return schema.type === 'array' && isChoice(schema.items);
}

/** `/contacts/0/phone` → `['contacts', 0, 'phone']`, the name path of an Ant Design form field. */
export function namePathOf(path: string): (string | number)[] {
  return path.split('/').filter(Boolean).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
