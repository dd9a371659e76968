import type { AuditVerification } from '@safegrid/core';
import { openPlatform, type Config } from '@safegrid/platform';
import { auditedDistricts } from '@safegrid/storage';
import { EXIT, UsageError, type Output } from '../output.js';

/** One line for a district's result, naming the first broken link. */
export function describeVerification(result: AuditVerification): string {
  const head = `${result.districtCode}: ${result.entries} entries, head #${result.headSeq} ${result.headHash.slice(0, 16)}…`;
  if (!result.firstBreak) return `${head} — intact`;
  const { kind, where, table, id, seq, detail } = result.firstBreak;
  const place = seq === null ? 'not in the chain' : `entry #${seq}`;
  return `${head} — BROKEN at ${place}: ${where === 'chain' ? 'log entry' : 'row'} ${table} ${id} ${kind} (${detail}); ${result.breaks.length} break(s) in all`;
}

/**
 * `safegrid audit verify [--district D]`: walks each district's chain from its first entry and
 * compares every audited row with it (ADR 0071). Exit code 1 when any district is broken.
 */
export async function auditVerifyCommand(config: Config, output: Output, options: { district?: string | undefined }): Promise<number> {
  const platform = await openPlatform(config);
  try {
    const districts = options.district ? [options.district] : await auditedDistricts(platform.database.db);
    const results: AuditVerification[] = [];
    for (const district of districts) {
      const result = await platform.deps.audit.verify(district);
      results.push(result);
      if (result.ok) output.info(describeVerification(result));
      else output.error(describeVerification(result));
    }
    output.result(results);
    return results.every((result) => result.ok) ? EXIT.ok : EXIT.failure;
  } finally {
    await platform.close();
  }
}

/** `safegrid audit <subcommand>`: only `verify` so far. */
export function auditCommand(config: Config, output: Output, options: { subcommand?: string | undefined; district?: string | undefined }): Promise<number> {
  if (options.subcommand !== 'verify') throw new UsageError('audit takes one subcommand: verify');
  return auditVerifyCommand(config, output, { district: options.district });
}
