import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../../', import.meta.url).pathname;
const SOURCES = ['packages', 'apps', 'tools', 'bench'];

function sourceFiles(directory: string, files: string[] = []): string[] {
  for (const name of readdirSync(directory)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(directory, name);
    if (statSync(path).isDirectory()) sourceFiles(path, files);
    else if (/\.(ts|tsx|mjs|js)$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
  }
  return files;
}

// Kysely (snake or camel case) and raw SQL forms of an update or delete of the append-only tables.
const FORBIDDEN = [
  /(updateTable|deleteFrom)\(\s*['"`](audit_log|auditLog|audit_anchors|auditAnchors)\b/,
  /\b(update|delete\s+from)\s+"?(audit_log|audit_anchors)\b/i,
  /\btruncate\s+(table\s+)?"?(audit_log|audit_anchors)\b/i,
];

describe('the audit log and anchors are append-only in the application (ADR 0071)', () => {
  it('no application code updates, deletes or truncates them (only tests tamper, on purpose)', () => {
    const offenders = sourceFiles(ROOT)
      .filter((file) => SOURCES.some((top) => relative(ROOT, file).startsWith(`${top}/`)))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return FORBIDDEN.filter((pattern) => pattern.test(text)).map(() => relative(ROOT, file));
      });
    expect(offenders).toEqual([]);
  });

  it('the scan would see one (the patterns match the forms the code uses)', () => {
    expect(FORBIDDEN.some((pattern) => pattern.test("await db.deleteFrom('audit_log').execute()"))).toBe(true);
    expect(FORBIDDEN.some((pattern) => pattern.test('sql`update audit_log set content = 1`'))).toBe(true);
    expect(FORBIDDEN.some((pattern) => pattern.test("db.updateTable('audit_heads')"))).toBe(false);
  });
});
