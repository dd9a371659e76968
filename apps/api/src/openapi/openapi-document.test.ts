import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestServer, type TestServer } from '../testing/build-test-server.js';
import { ACCESS_EXTENSION, operationKey } from './openapi-document.js';
import { OPERATION_IDS } from './operation-ids.js';

interface Operation {
  operationId?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
  [ACCESS_EXTENSION]?: string;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

const PROBLEM_REF = '#/components/schemas/Problem';

describe('the generated OpenAPI document', () => {
  let server: TestServer;
  let document: Document;
  let operations: { key: string; operation: Operation }[];

  beforeAll(async () => {
    server = await buildTestServer();
    // Served JSON, not the in-memory object: that is what clients and the linter read.
    document = (await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as Document;
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ key: operationKey(method, path), operation })),
    );
  });
  afterAll(async () => server.close());

  it('names every operation from the table of operationIds, each once, with no stale entries', () => {
    expect(operations.length).toBeGreaterThan(60);
    const unnamed = operations.filter(({ key, operation }) => OPERATION_IDS[key] !== operation.operationId).map(({ key, operation }) => `'${key}': '${operation.operationId}'`);
    expect(unnamed, 'add these to openapi/operation-ids.ts with readable names').toEqual([]);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(OPERATION_IDS).filter((key) => !operations.some((entry) => entry.key === key))).toEqual([]);
    expect(OPERATION_IDS['POST /hazards/{id}/actions']).toBe('actOnHazard');
  });

  it('describes the problem body once, as the Problem component, and every shared contract by name', () => {
    expect(document.components.schemas.Problem).toMatchObject({ type: 'object', required: expect.arrayContaining(['code', 'requestId']) });
    const paths = JSON.stringify(document.paths);
    expect(paths).not.toContain('"requestId"');
    expect(JSON.stringify(document.components.schemas).match(/"requestId":/g)).toHaveLength(1);
    const hazard = document.paths['/api/v1/hazards/{id}']?.get;
    expect(hazard?.responses['200']?.content?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/HazardResponse' });
    // HazardPage names its items rather than repeating them.
    expect(JSON.stringify(document.components.schemas.HazardPage)).toContain('#/components/schemas/HazardResponse');
  });

  it('types every error response as application/problem+json referencing Problem', () => {
    const errors = operations.flatMap(({ key, operation }) =>
      Object.entries(operation.responses).filter(([status]) => /^[45]/.test(status)).map(([status, response]) => ({ at: `${key} ${status}`, content: response.content })),
    );
    expect(errors.length).toBeGreaterThan(200);
    const wrong = errors.filter(({ content }) => JSON.stringify(content) !== JSON.stringify({ 'application/problem+json': { schema: { $ref: PROBLEM_REF } } }));
    expect(wrong.map(({ at }) => at)).toEqual([]);
  });

  it('documents 401 on every protected operation, 403 where a permission is needed, 429 where rate-limited; public ones need no security', () => {
    const missing: string[] = [];
    for (const { key, operation } of operations) {
      const access = operation[ACCESS_EXTENSION];
      expect(access, key).toBeDefined();
      if (access === 'public') {
        expect(operation.security, key).toEqual([]);
        continue;
      }
      if (!operation.responses['401']) missing.push(`${key} 401`);
      if (access !== 'authenticated' && !operation.responses['403']) missing.push(`${key} 403`);
    }
    expect(missing).toEqual([]);
    expect(document.paths['/api/v1/hazards']?.get?.[ACCESS_EXTENSION]).toBe('hazard.read');
    // Rate-limited routes say so.
    expect(Object.keys(document.paths['/api/v1/auth/login']?.post?.responses ?? {})).toContain('429');
    expect(Object.keys(document.paths['/api/v1/photos']?.post?.responses ?? {})).toContain('429');
  });

  it('maps the hazard action discriminator to one named body per action', () => {
    const body = document.components.schemas.HazardActionBody as { discriminator: { mapping: Record<string, string> } };
    expect(body.discriminator.mapping).toMatchObject({ assign: '#/components/schemas/AssignHazardBody', close: '#/components/schemas/CloseHazardBody', review: '#/components/schemas/ReviewHazardBody' });
    expect(Object.keys(body.discriminator.mapping)).toHaveLength(8);
  });

  it('gives openapi-typescript clean types: no warnings, and they compile with every operation and schema', async () => {
    const warnings = vi.spyOn(console, 'warn');
    const errors = vi.spyOn(console, 'error');
    let source: string;
    try {
      source = astToString(await openapiTS(document as never));
      expect([...warnings.mock.calls, ...errors.mock.calls]).toEqual([]);
    } finally {
      warnings.mockRestore();
      errors.mockRestore();
    }
    const ids = operations.map(({ operation }) => operation.operationId ?? '');
    const names = Object.keys(document.components.schemas);
    const dir = mkdtempSync(join(tmpdir(), 'safegrid-openapi-types-'));
    try {
      writeFileSync(join(dir, 'api.d.ts'), source);
      // Every operation and every named schema must exist as a type; a problem must type-check as one.
      writeFileSync(
        join(dir, 'check.ts'),
        [
          `import type { components, operations } from './api.js';`,
          `export type Operations = [${ids.map((id) => `operations['${id}']`).join(', ')}];`,
          `export type Schemas = [${names.map((name) => `components['schemas']['${name}']`).join(', ')}];`,
          `export const problem: components['schemas']['Problem'] = { type: 't', title: 't', status: 400, detail: 'd', code: 'request.invalid', requestId: 'r' };`,
          `type NotFound = operations['getHazard']['responses'][404]['content']['application/problem+json'];`,
          `export const notFound: NotFound = problem;`,
          '',
        ].join('\n'),
      );
      const tsc = new URL('../../../../node_modules/typescript/bin/tsc', import.meta.url).pathname;
      const result = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', 'false', '--module', 'nodenext', '--target', 'es2022', join(dir, 'check.ts')], { encoding: 'utf8' });
      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(source).toContain('actOnHazard: {');
    expect(source).toContain('Problem: {');
  }, 180_000); // generation and a TypeScript compile: slow on a busy machine, not a timing check
});
