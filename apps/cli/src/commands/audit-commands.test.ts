import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig, type Config } from '@safegrid/platform';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutput, EXIT, type Output } from '../output.js';
import { auditVerifyCommand } from './audit-commands.js';
import { demoCommand } from './seed-demo.js';

describe('safegrid audit verify on a real SQLite file', () => {
  let dataDir: string;
  let config: Config;
  const lines: string[] = [];
  const output: Output = { ...createOutput({ json: true, interactive: false }), info: (text) => lines.push(text), error: (text) => lines.push(text), result: () => undefined };

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'safegrid-cli-audit-test-'));
    config = loadConfig({ SAFEGRID_DATA_DIR: dataDir });
    await demoCommand(config, createOutput({ json: true, interactive: false }), { units: 60, hazards: 30, seed: 3 });
    lines.length = 0;
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finds the demo district intact, then names an edited, a deleted and an inserted timeline row and an edited tenant review', async () => {
    expect(await auditVerifyCommand(config, output, {})).toBe(EXIT.ok);
    expect(lines.join('\n')).toMatch(/^320412: \d+ entries, head #\d+ [0-9a-f]{16}… — intact$/);

    const file = new Database(join(dataDir, 'safegrid.db'));
    const [first, second] = file.prepare('select id from hazard_events order by id limit 2').all() as { id: string }[];
    const tamper = (statement: string, ...values: string[]) => file.prepare(statement).run(...values);

    tamper("update hazard_events set at = '2026-01-01T00:00:00.000Z' where id = ?", String(first?.id));
    lines.length = 0;
    expect(await auditVerifyCommand(config, output, { district: '320412' })).toBe(EXIT.failure);
    expect(lines.join('\n')).toContain(`row hazard_events ${first?.id} edited (changed: at)`);

    tamper('delete from hazard_photos where hazard_id in (select hazard_id from hazard_events where id = ?)', String(second?.id));
    tamper('delete from hazard_events where id = ?', String(second?.id));
    tamper("insert into hazard_events select 'forged-event', district_code, hazard_id, 'close', from_status, 'closed', actor_id, actor_name, actor_role, at, note, photo_ids, details from hazard_events where id = ?", String(first?.id));
    tamper("update tenant_reviews set note = '已补签安全协议' where id = (select min(id) from tenant_reviews)");
    file.close();
    lines.length = 0;
    const failures: string[] = [];
    const collecting: Output = { ...output, result: (value) => failures.push(JSON.stringify(value)) };
    expect(await auditVerifyCommand(config, collecting, { district: '320412' })).toBe(EXIT.failure);
    const breaks = (JSON.parse(failures[0] ?? '[]') as { breaks: { kind: string; id: string; table: string }[] }[])[0]?.breaks ?? [];
    expect(breaks).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'edited', id: first?.id }),
      expect.objectContaining({ kind: 'deleted', id: second?.id }),
      expect.objectContaining({ kind: 'inserted', id: 'forged-event' }),
      expect.objectContaining({ kind: 'edited', table: 'tenant_reviews' }), // a decision's record, a state table
    ]));
  });
});
