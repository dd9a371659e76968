import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

const COMMON: Options = {
  // Unknown fields are errors rather than silently dropped; every bad field is reported at once.
  removeAdditional: false,
  allErrors: true,
  useDefaults: true,
  discriminator: true,
  strict: false,
};

function createAjv(options: Options): Ajv {
  const ajv = new Ajv({ ...COMMON, ...options });
  addFormats.default(ajv);
  return ajv;
}

/**
 * JSON bodies are validated as sent: `42` is not a name and `"abc"` is not a list. Query strings
 * and path parameters arrive as text and are coerced (`?limit=5`, a single `?status=x` as a list).
 */
export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const strictAjv = createAjv({ coerceTypes: false });
  const coercingAjv = createAjv({ coerceTypes: 'array' });
  return ({ schema, httpPart }) => (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema as object);
}
