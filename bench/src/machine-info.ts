import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { openDatabase } from '@safegrid/storage';
import { sql } from 'kysely';

/** The machine a run was measured on. */
export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  readonly databaseVersions: Readonly<Record<string, string>>;
}

function osName(): string {
  try {
    return /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? process.platform;
  } catch {
    return process.platform;
  }
}

/** CPU, memory, Node and the database versions of the given URLs. */
export async function readMachineInfo(databaseUrls: Readonly<Record<string, string>>): Promise<MachineInfo> {
  const databaseVersions: Record<string, string> = {};
  for (const [dialect, url] of Object.entries(databaseUrls)) {
    const database = openDatabase(url);
    try {
      const query = dialect === 'sqlite' ? sql<{ version: string }>`select 'SQLite ' || sqlite_version() as version` : sql<{ version: string }>`select version() as version`;
      databaseVersions[dialect] = (await query.execute(database.db)).rows[0]?.version ?? '?';
    } finally {
      await database.close();
    }
  }
  return {
    cpuModel: cpus()[0]?.model ?? '?',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: osName(),
    databaseVersions,
  };
}

/** The 1, 5 and 15 minute load averages. */
export function loadAverage(): readonly number[] {
  return loadavg().map((value) => Math.round(value * 100) / 100);
}
