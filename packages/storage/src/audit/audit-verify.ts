import type { Kysely } from 'kysely';
import type { AuditBreak, AuditVerification } from '@safegrid/core';
import { AUDITED_TABLES, canonicalRow, entryHash, GENESIS_HASH, type AuditedTable } from './audited-tables.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the audit reads any audited table by its SQL name
type AnyDb = Kysely<any>;

// The shapes of a verification are core's (audit/audit.ts); storage fills them.
export type { AuditBreak, AuditVerification };

interface Entry {
  readonly seq: number;
  readonly sourceTable: string;
  readonly sourceId: string;
  readonly content: string;
  readonly prevHash: string;
  readonly hash: string;
}

const PAGE = 5_000;

async function loadEntries(raw: AnyDb, districtCode: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (let after = 0; ;) {
    const page = await raw.selectFrom('audit_log').selectAll().where('district_code', '=', districtCode).where('seq', '>', after).orderBy('seq').limit(PAGE).execute();
    for (const row of page) {
      entries.push({ seq: Number(row.seq), sourceTable: String(row.source_table), sourceId: String(row.source_id), content: String(row.content), prevHash: String(row.prev_hash), hash: String(row.hash) });
    }
    if (page.length < PAGE) return entries;
    after = entries[entries.length - 1]?.seq ?? after;
  }
}

/** The links of the log itself: each entry's own hash, its predecessor's hash, gaps, the head. */
function chainBreaks(entries: readonly Entry[], head: { seq: number; hash: string }): AuditBreak[] {
  const breaks: AuditBreak[] = [];
  const known = new Set(entries.map((entry) => entry.hash));
  const at = (entry: Entry, kind: AuditBreak['kind'], detail: string): AuditBreak => ({ kind, where: 'chain', table: entry.sourceTable, id: entry.sourceId, seq: entry.seq, detail });
  let previous: Entry | null = null;
  let beforePrevious: Entry | null = null;
  for (const entry of entries) {
    const expectedSeq = (previous?.seq ?? 0) + 1;
    const expectedPrev = previous?.hash ?? GENESIS_HASH;
    // A broken link is named for what broke it; an entry moved or renumbered also fails its own
    // hash (the position is hashed), which says nothing more.
    if (entry.seq > expectedSeq) {
      breaks.push(at(entry, 'deleted', `entries ${expectedSeq}–${entry.seq - 1} are missing before this one`));
    } else if (entry.prevHash !== expectedPrev) {
      if (previous && entry.prevHash === (beforePrevious?.hash ?? GENESIS_HASH)) breaks.push(at(previous, 'inserted', 'this entry was put into the chain: its successor links past it'));
      else if (known.has(entry.prevHash)) breaks.push(at(entry, 'reordered', 'the entry links to another entry than the one before it'));
      else breaks.push(at(entry, 'deleted', 'the entry this one links to is gone'));
    } else if (entryHash(entry) !== entry.hash) {
      breaks.push(at(entry, 'edited', 'the entry’s content or fields no longer match its hash'));
    }
    beforePrevious = previous;
    previous = entry;
  }
  const lastSeq = previous?.seq ?? 0;
  const lastHash = previous?.hash ?? GENESIS_HASH;
  if (head.seq > lastSeq) breaks.push({ kind: 'deleted', where: 'chain', table: 'audit_log', id: '', seq: lastSeq + 1, detail: `entries ${lastSeq + 1}–${head.seq} at the end of the chain are missing` });
  else if (head.seq < lastSeq && previous) breaks.push(at(previous, 'inserted', `entries after the recorded head (${head.seq}) were added`));
  else if (head.hash !== lastHash && previous) breaks.push(at(previous, 'edited', 'the last entry does not match the recorded chain head'));
  return breaks;
}

function changedColumns(recorded: string, current: string): string {
  const before = JSON.parse(recorded) as Record<string, unknown>;
  const after = JSON.parse(current) as Record<string, unknown>;
  const columns = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((column) => JSON.stringify(before[column]) !== JSON.stringify(after[column]));
  return columns.join(', ');
}

/** Each audited row against its (latest) entry: changed since, gone, or never chained. */
async function rowBreaks(raw: AnyDb, districtCode: string, entries: readonly Entry[]): Promise<AuditBreak[]> {
  const breaks: AuditBreak[] = [];
  for (const spec of Object.values(AUDITED_TABLES) as AuditedTable[]) {
    const latest = new Map<string, Entry>();
    for (const entry of entries) if (entry.sourceTable === spec.table) latest.set(entry.sourceId, entry);
    const rows = (await raw.selectFrom(spec.table).selectAll().where('district_code', '=', districtCode).execute()) as Record<string, unknown>[];
    const current = new Map<string, string>();
    for (const row of rows) if (!spec.include || spec.include(row)) current.set(String(row[spec.key]), canonicalRow(spec, row));
    for (const [id, entry] of latest) {
      const content = current.get(id);
      if (content === undefined) breaks.push({ kind: 'deleted', where: 'row', table: spec.table, id, seq: entry.seq, detail: 'the row was deleted' });
      else if (content !== entry.content) breaks.push({ kind: 'edited', where: 'row', table: spec.table, id, seq: entry.seq, detail: `changed: ${changedColumns(entry.content, content)}` });
    }
    for (const id of current.keys()) {
      if (!latest.has(id)) breaks.push({ kind: 'inserted', where: 'row', table: spec.table, id, seq: null, detail: 'the row has no entry in the chain' });
    }
  }
  return breaks;
}

/**
 * Walks a district's chain from the first entry and compares every audited row with it. Reads the
 * whole chain and each audited table of the district once (memory grows with the district; fine at
 * county scale, ADR 0071).
 */
export async function verifyAuditChain(db: AnyDb, districtCode: string): Promise<AuditVerification> {
  const raw = db.withoutPlugins();
  const headRow = await raw.selectFrom('audit_heads').select(['seq', 'hash']).where('district_code', '=', districtCode).executeTakeFirst();
  const head = { seq: Number(headRow?.seq ?? 0), hash: String(headRow?.hash ?? GENESIS_HASH) };
  const entries = await loadEntries(raw, districtCode);
  const breaks = [...chainBreaks(entries, head), ...(await rowBreaks(raw, districtCode, entries))]
    .sort((a, b) => (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER));
  return { districtCode, ok: breaks.length === 0, entries: entries.length, headSeq: head.seq, headHash: head.hash, firstBreak: breaks[0] ?? null, breaks: breaks.slice(0, 50) };
}

/** Districts that have a chain or audited rows. */
export async function auditedDistricts(db: AnyDb): Promise<string[]> {
  const raw = db.withoutPlugins();
  const heads = await raw.selectFrom('audit_heads').select('district_code').execute();
  const users = await raw.selectFrom('users').select('district_code').distinct().execute();
  return [...new Set([...heads, ...users].map((row) => String(row.district_code)))].sort();
}
