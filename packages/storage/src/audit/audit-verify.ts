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

/** Rows read per query: what the verifier holds at once, whatever the size of the district. */
const DEFAULT_PAGE = 1_000;
/**
 * Lets the event loop serve requests between two pages: better-sqlite3 answers synchronously, so
 * without it a verification inside the server (the nightly job) would hold every request until it
 * ends (a minute and a half on 400k entries, seen in the soak run).
 */
const betweenPages = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How many breaks a verification reports (the lowest sequence numbers first); all are counted. */
const REPORTED_BREAKS = 50;

function toEntry(row: Record<string, unknown>): Entry {
  return { seq: Number(row.seq), sourceTable: String(row.source_table), sourceId: String(row.source_id), content: String(row.content), prevHash: String(row.prev_hash), hash: String(row.hash) };
}

/**
 * The breaks found so far: all counted, the `REPORTED_BREAKS` with the lowest sequence numbers kept
 * (a row never chained has none and sorts last), ties in the order they were found.
 */
class BreakCollector {
  count = 0;
  private kept: { readonly at: number; readonly found: number; readonly value: AuditBreak }[] = [];

  add(value: AuditBreak): void {
    this.kept.push({ at: value.seq ?? Number.MAX_SAFE_INTEGER, found: this.count, value });
    this.count += 1;
    if (this.kept.length >= REPORTED_BREAKS * 2) this.trim();
  }

  /** The kept breaks, lowest sequence number first. */
  reported(): AuditBreak[] {
    this.trim();
    return this.kept.map((item) => item.value);
  }

  /** Whether the next chain break could still be reported: they are found in seq order, before any row break. */
  wanted(): boolean {
    return this.count < REPORTED_BREAKS;
  }

  private trim(): void {
    this.kept.sort((a, b) => a.at - b.at || a.found - b.found);
    this.kept.length = Math.min(this.kept.length, REPORTED_BREAKS);
  }
}

/**
 * The links of the log itself, one page of entries at a time: each entry's own hash, its
 * predecessor's hash, gaps, the head. Returns how many entries there are.
 */
async function walkChain(raw: AnyDb, districtCode: string, head: { seq: number; hash: string }, page: number, breaks: BreakCollector): Promise<number> {
  const at = (entry: Entry, kind: AuditBreak['kind'], detail: string): AuditBreak => ({ kind, where: 'chain', table: entry.sourceTable, id: entry.sourceId, seq: entry.seq, detail });
  // Whether some entry of the district has this hash (the link points at an entry elsewhere in
  // the chain): asked only about a broken link, and only while the break could still be reported.
  const known = async (hash: string) =>
    (await raw.selectFrom('audit_log').select('seq').where('district_code', '=', districtCode).where('hash', '=', hash).limit(1).executeTakeFirst()) !== undefined;
  let previous: Entry | null = null;
  let beforePrevious: Entry | null = null;
  let count = 0;
  for (let after = 0; ;) {
    // Only up to the head read at the start: the server appends while the walk yields between pages.
    const rows = await raw.selectFrom('audit_log').selectAll().where('district_code', '=', districtCode).where('seq', '>', after).where('seq', '<=', head.seq)
      .orderBy('seq').limit(page).execute();
    for (const row of rows) {
      const entry = toEntry(row as Record<string, unknown>);
      const expectedSeq = (previous?.seq ?? 0) + 1;
      const expectedPrev = previous?.hash ?? GENESIS_HASH;
      // A broken link is named for what broke it; an entry moved or renumbered also fails its own
      // hash (the position is hashed), which says nothing more.
      if (entry.seq > expectedSeq) {
        breaks.add(at(entry, 'deleted', `entries ${expectedSeq}–${entry.seq - 1} are missing before this one`));
      } else if (entry.prevHash !== expectedPrev) {
        if (previous && entry.prevHash === (beforePrevious?.hash ?? GENESIS_HASH)) breaks.add(at(previous, 'inserted', 'this entry was put into the chain: its successor links past it'));
        else if (breaks.wanted() && (await known(entry.prevHash))) breaks.add(at(entry, 'reordered', 'the entry links to another entry than the one before it'));
        else breaks.add(at(entry, 'deleted', 'the entry this one links to is gone'));
      } else if (entryHash(entry) !== entry.hash) {
        breaks.add(at(entry, 'edited', 'the entry’s content or fields no longer match its hash'));
      }
      beforePrevious = previous;
      previous = entry;
      count += 1;
    }
    if (rows.length < page) break;
    after = previous?.seq ?? after;
    await betweenPages();
  }
  const lastSeq = previous?.seq ?? 0;
  const lastHash = previous?.hash ?? GENESIS_HASH;
  if (head.seq > lastSeq) breaks.add({ kind: 'deleted', where: 'chain', table: 'audit_log', id: '', seq: lastSeq + 1, detail: `entries ${lastSeq + 1}–${head.seq} at the end of the chain are missing` });
  else if (head.hash !== lastHash && previous) breaks.add(at(previous, 'edited', 'the last entry does not match the recorded chain head'));
  // Entries past the head: appended since the walk began (the head moved with them, in the same
  // transaction) or added without the application (past the head as it is now). The last entry is
  // read before the head, so an append between the two reads cannot look like the second.
  const last = await raw.selectFrom('audit_log').select((eb) => eb.fn.max('seq').as('seq')).where('district_code', '=', districtCode).executeTakeFirst();
  const headNow = await raw.selectFrom('audit_heads').select('seq').where('district_code', '=', districtCode).executeTakeFirst();
  const headSeqNow = Number(headNow?.seq ?? 0);
  if (Number(last?.seq ?? 0) > headSeqNow) {
    const first = await raw.selectFrom('audit_log').selectAll().where('district_code', '=', districtCode).where('seq', '>', headSeqNow).orderBy('seq').limit(1).executeTakeFirst();
    if (first) breaks.add(at(toEntry(first as Record<string, unknown>), 'inserted', `entries after the recorded head (${headSeqNow}) were added`));
  }
  return count;
}

/** How often a row that disagrees with its latest entry is read again before it counts as a break. */
const ROW_RECHECKS = 3;

/**
 * A row that disagreed with its latest entry, read again: the row first, then its latest entry. A
 * write commits the row and its entry together, so a row read before its entry is never newer than
 * it: a write that landed between the page's two reads (the server writes while the check yields)
 * agrees here, while a row changed without the application does not.
 */
async function recheckRow(raw: AnyDb, spec: AuditedTable, districtCode: string, id: string): Promise<AuditBreak | null> {
  let found: AuditBreak | null = null;
  for (let attempt = 0; attempt < ROW_RECHECKS; attempt += 1) {
    const row = (await raw.selectFrom(spec.table).selectAll().where('district_code', '=', districtCode).where(spec.key, '=', id).executeTakeFirst()) as Record<string, unknown> | undefined;
    const latest = await raw.selectFrom('audit_log').selectAll().where('district_code', '=', districtCode).where('source_table', '=', spec.table).where('source_id', '=', id)
      .orderBy('seq', 'desc').limit(1).executeTakeFirst();
    if (!latest) return null;
    const entry = toEntry(latest as Record<string, unknown>);
    const content = row && (!spec.include || spec.include(row)) ? canonicalRow(spec, row) : undefined;
    if (content === entry.content) return null;
    found = content === undefined
      ? { kind: 'deleted', where: 'row', table: spec.table, id, seq: entry.seq, detail: 'the row was deleted' }
      : { kind: 'edited', where: 'row', table: spec.table, id, seq: entry.seq, detail: `changed: ${changedColumns(entry.content, content)}` };
  }
  return found;
}

function changedColumns(recorded: string, current: string): string {
  const before = JSON.parse(recorded) as Record<string, unknown>;
  const after = JSON.parse(current) as Record<string, unknown>;
  const columns = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((column) => JSON.stringify(before[column]) !== JSON.stringify(after[column]));
  return columns.join(', ');
}

/**
 * Each audited row against its latest entry, a page at a time in two passes per table: the latest
 * entry of each source id against its row (changed since, or gone), then each row against the log
 * (never chained). Both passes page by key with the database's own ordering and look the other
 * side up by an `in` list, so nothing of the district is held beyond one page.
 */
async function checkRows(raw: AnyDb, districtCode: string, page: number, breaks: BreakCollector): Promise<void> {
  for (const spec of Object.values(AUDITED_TABLES) as AuditedTable[]) {
    for (let after: string | null = null; ;) {
      let latestQuery = raw.selectFrom('audit_log').select(['source_id', (eb) => eb.fn.max('seq').as('seq')])
        .where('district_code', '=', districtCode).where('source_table', '=', spec.table);
      if (after !== null) latestQuery = latestQuery.where('source_id', '>', after);
      const latest = (await latestQuery.groupBy('source_id').orderBy('source_id').limit(page).execute()) as { source_id: unknown; seq: unknown }[];
      if (latest.length === 0) break;
      const seqs = latest.map((row) => Number(row.seq));
      const entries = new Map<string, Entry>();
      for (const row of await raw.selectFrom('audit_log').selectAll().where('district_code', '=', districtCode).where('seq', 'in', seqs).execute()) {
        const entry = toEntry(row as Record<string, unknown>);
        entries.set(entry.sourceId, entry);
      }
      const current = new Map<string, string>();
      const ids = latest.map((row) => String(row.source_id));
      for (const row of (await raw.selectFrom(spec.table).selectAll().where('district_code', '=', districtCode).where(spec.key, 'in', ids).execute()) as Record<string, unknown>[]) {
        if (!spec.include || spec.include(row)) current.set(String(row[spec.key]), canonicalRow(spec, row));
      }
      for (const id of ids) {
        const entry = entries.get(id);
        if (!entry || current.get(id) === entry.content) continue;
        const found = await recheckRow(raw, spec, districtCode, id);
        if (found) breaks.add(found);
      }
      if (latest.length < page) break;
      after = ids[ids.length - 1] ?? null;
      await betweenPages();
    }
    for (let after: string | null = null; ;) {
      let rowsQuery = raw.selectFrom(spec.table).selectAll().where('district_code', '=', districtCode);
      if (after !== null) rowsQuery = rowsQuery.where(spec.key, '>', after);
      const rows = (await rowsQuery.orderBy(spec.key).limit(page).execute()) as Record<string, unknown>[];
      if (rows.length === 0) break;
      const ids = rows.filter((row) => !spec.include || spec.include(row)).map((row) => String(row[spec.key]));
      const chained = new Set(ids.length === 0 ? [] : (await raw.selectFrom('audit_log').select('source_id').distinct()
        .where('district_code', '=', districtCode).where('source_table', '=', spec.table).where('source_id', 'in', ids).execute()).map((row) => String(row.source_id)));
      for (const id of ids) if (!chained.has(id)) breaks.add({ kind: 'inserted', where: 'row', table: spec.table, id, seq: null, detail: 'the row has no entry in the chain' });
      if (rows.length < page) break;
      after = String(rows[rows.length - 1]?.[spec.key]);
      await betweenPages();
    }
  }
}

/**
 * Walks a district's chain from the first entry and compares every audited row with it, reading
 * a page of rows at a time: memory stays flat however large the district (issue 18; ADR 0071 held
 * the whole chain). `pageSize` is for tests that cross page boundaries with a few rows.
 */
export async function verifyAuditChain(db: AnyDb, districtCode: string, options: { readonly pageSize?: number } = {}): Promise<AuditVerification> {
  const raw = db.withoutPlugins();
  const page = options.pageSize ?? DEFAULT_PAGE;
  const headRow = await raw.selectFrom('audit_heads').select(['seq', 'hash']).where('district_code', '=', districtCode).executeTakeFirst();
  const head = { seq: Number(headRow?.seq ?? 0), hash: String(headRow?.hash ?? GENESIS_HASH) };
  const breaks = new BreakCollector();
  const entries = await walkChain(raw, districtCode, head, page, breaks);
  await checkRows(raw, districtCode, page, breaks);
  const reported = breaks.reported();
  return { districtCode, ok: breaks.count === 0, entries, headSeq: head.seq, headHash: head.hash, firstBreak: reported[0] ?? null, breaks: reported };
}

/** Districts that have a chain or audited rows. */
export async function auditedDistricts(db: AnyDb): Promise<string[]> {
  const raw = db.withoutPlugins();
  const heads = await raw.selectFrom('audit_heads').select('district_code').execute();
  const users = await raw.selectFrom('users').select('district_code').distinct().execute();
  return [...new Set([...heads, ...users].map((row) => String(row.district_code)))].sort();
}
