import type { FieldProblem } from '@safegrid/core';

/** The parts of an Ajv error we read. */
export interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
}

const PREFIX: Record<string, string> = { body: '', querystring: '/query', params: '/params', headers: '/headers' };

// Combinators report on behalf of their branches; the branch errors say more.
const WRAPPERS = new Set(['anyOf', 'oneOf', 'if', 'allOf', 'not']);

function toProblem(prefix: string, error: SchemaError): FieldProblem {
  const path = `${prefix}${error.instancePath}`;
  const limit = error.params.limit as number | undefined;
  switch (error.keyword) {
    case 'required':
      return { path: `${path}/${String(error.params.missingProperty)}`, code: 'required' };
    case 'additionalProperties':
      return { path: `${path}/${String(error.params.additionalProperty)}`, code: 'unknown_field' };
    case 'maxLength':
      return { path, code: 'too_long', params: { limit: limit ?? 0 } };
    case 'minLength':
      return { path, code: limit === 1 ? 'required' : 'too_short', params: { limit: limit ?? 0 } };
    case 'maxItems':
      return { path, code: 'too_many', params: { limit: limit ?? 0 } };
    case 'minItems':
      return { path, code: limit === 1 ? 'required' : 'too_few', params: { limit: limit ?? 0 } };
    case 'uniqueItems':
      return { path, code: 'not_unique' };
    case 'minProperties':
      return { path, code: 'no_fields' };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, code: 'out_of_range' };
    case 'enum':
    case 'const':
      return { path, code: 'enum' };
    case 'format':
    case 'pattern':
      return { path, code: 'format' };
    case 'discriminator':
      return { path: `${path}/${String(error.params.tag ?? 'action')}`, code: error.params.error === 'tag' ? 'required' : 'enum' };
    case 'type':
      return { path, code: 'type' };
    default:
      return { path, code: 'format' };
  }
}

const PRIORITY = ['required', 'unknown_field', 'enum', 'format', 'too_long', 'too_short', 'out_of_range', 'too_many', 'too_few', 'not_unique', 'type'];

/** Ajv's errors as one problem per field, most telling first, in the order the fields appeared. */
export function schemaErrorsToProblems(context: string | undefined, errors: readonly SchemaError[]): FieldProblem[] {
  const prefix = PREFIX[context ?? 'body'] ?? '';
  const byPath = new Map<string, FieldProblem>();
  for (const error of errors) {
    if (WRAPPERS.has(error.keyword)) continue;
    const problem = toProblem(prefix, error);
    const existing = byPath.get(problem.path);
    if (!existing || PRIORITY.indexOf(problem.code) < PRIORITY.indexOf(existing.code)) byPath.set(problem.path, problem);
  }
  if (byPath.size === 0 && errors[0]) byPath.set(prefix || '/', { path: `${prefix}${errors[0].instancePath}` || '/', code: 'format' });
  return [...byPath.values()].slice(0, 50);
}
