import { openDatabase } from '@safegrid/storage';
import { sql } from 'kysely';

/** Real ids, names and places read from the generated data, so requests hit real rows. */
export interface BenchFixtures {
  readonly districtCode: string;
  readonly units: readonly { id: string; name: string; lng: number; lat: number }[];
  readonly hazardIds: readonly string[];
  /** Hazard ids deep in the newest-first list, used as `cursor` (10k, 50k, … rows down). */
  readonly deepCursors: readonly { depth: number; id: string }[];
  readonly townCodes: readonly string[];
  /** Three-character fragments of real unit names (the trigram search path). */
  readonly nameFragments: readonly string[];
}

const DEEP_DEPTHS = [10_000, 50_000, 100_000, 250_000, 500_000];

/** Picks a fragment from the distinctive middle of a name (after city and district prefixes). */
function fragmentOf(name: string, salt: number): string | null {
  const chars = [...name];
  if (chars.length < 5) return null;
  const start = 1 + (salt % Math.max(1, chars.length - 4));
  return chars.slice(start, start + 3).join('');
}

/** Reads sample rows of one district (the one the benchmark user works in). */
export async function readBenchFixtures(databaseUrl: string, districtCode: string, hazardCount: number): Promise<BenchFixtures> {
  const database = openDatabase(databaseUrl);
  const { db } = database;
  try {
    const units = await db.selectFrom('units').select(['id', 'name', 'lng', 'lat'])
      .where('districtCode', '=', districtCode).orderBy(sql`random()`).limit(1000).execute();
    const hazards = await db.selectFrom('hazards').select('id')
      .where('districtCode', '=', districtCode).orderBy(sql`random()`).limit(1000).execute();
    const deepCursors: { depth: number; id: string }[] = [];
    for (const depth of DEEP_DEPTHS.filter((value) => value < hazardCount * 0.9)) {
      const row = await db.selectFrom('hazards').select('id').where('districtCode', '=', districtCode)
        .orderBy('id', 'desc').limit(1).offset(depth).executeTakeFirst();
      if (row) deepCursors.push({ depth, id: row.id });
    }
    if (deepCursors.length === 0) {
      const row = await db.selectFrom('hazards').select('id').where('districtCode', '=', districtCode)
        .orderBy('id', 'desc').limit(1).offset(Math.floor(hazardCount / 2)).executeTakeFirst();
      if (row) deepCursors.push({ depth: Math.floor(hazardCount / 2), id: row.id });
    }
    const towns = await db.selectFrom('regions').select('code').where('districtCode', '=', districtCode).where('level', '=', 'town').execute();
    const nameFragments = [...new Set(units.map((unit, index) => fragmentOf(unit.name, index)).filter((value): value is string => value !== null))].slice(0, 200);
    return {
      districtCode,
      units: units.map((unit) => ({ id: unit.id, name: unit.name, lng: Number(unit.lng), lat: Number(unit.lat) })),
      hazardIds: hazards.map((row) => row.id),
      deepCursors,
      townCodes: towns.map((row) => row.code),
      nameFragments,
    };
  } finally {
    await database.close();
  }
}
