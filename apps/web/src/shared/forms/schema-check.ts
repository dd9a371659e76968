import { EN, ZH_CN, fillMessage, type Language, type MessageCatalog } from '@safegrid/contracts';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';

const CATALOGS: Record<Language, MessageCatalog> = { 'zh-CN': ZH_CN, en: EN };

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
  const catalog = CATALOGS[language];
  return [...byPath.entries()].map(([path, problem]) => ({
    path,
    message: fillMessage(catalog.fieldProblems[problem.code] ?? problem.code, problem.limit === undefined ? {} : { limit: problem.limit }),
  }));
}

/** `/contacts/0/phone` → `['contacts', 0, 'phone']`, the name path of an Ant Design form field. */
export function namePathOf(path: string): (string | number)[] {
  return path.split('/').filter(Boolean).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
