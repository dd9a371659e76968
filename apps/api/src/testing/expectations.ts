import { Problem } from '@safegrid/contracts';
import type { LightMyRequestResponse } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { expect } from 'vitest';

const compiled = new WeakMap<TSchema, ReturnType<typeof Compile>>();

/** Asserts the status and that the body matches the route's declared response schema. */
export function expectResponse<T>(response: LightMyRequestResponse, status: number, schema: TSchema): T {
  expect(response.statusCode, response.body).toBe(status);
  const body: unknown = response.json();
  let check = compiled.get(schema);
  if (!check) {
    check = Compile(schema);
    compiled.set(schema, check);
  }
  const errors = [...check.Errors(body)].map((error) => `${error.instancePath} ${error.message}`);
  expect(errors, JSON.stringify(body).slice(0, 500)).toEqual([]);
  return body as T;
}

/** Asserts an RFC 9457 problem with the code and, when given, exactly these field paths. */
export function expectProblem(response: LightMyRequestResponse, status: number, code: string, paths?: string[]): Problem {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = expectResponse<Problem>(response, status, Problem);
  expect(problem.code).toBe(code);
  if (paths) expect((problem.errors ?? []).map((error) => error.path).sort()).toEqual([...paths].sort());
  return problem;
}
