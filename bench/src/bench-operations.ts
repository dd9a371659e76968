import type { BenchFixtures } from './bench-fixtures.js';
import type { LoadRequest } from './load-generator.js';

/** The measured HTTP operations, in the order they run. */
export const BENCH_OPERATION_NAMES = [
  'bare', 'health', 'auth-me', 'create', 'list-first', 'list-deep', 'unit-search', 'locate', 'overview', 'hazard-get', 'raw-insert', 'raw-lookup',
] as const;
export type BenchOperationName = (typeof BENCH_OPERATION_NAMES)[number];

/** Operations driven over HTTP against the SafeGrid server (bare and raw-* are references). */
export type HttpOperationName = Exclude<BenchOperationName, 'bare' | 'raw-insert' | 'raw-lookup'>;

export interface HttpOperation {
  readonly name: HttpOperationName;
  readonly description: string;
  /** Which reference its throughput is compared with in the targets (the bare route for all). */
  readonly kind: 'write' | 'read';
  readonly next: (n: number) => LoadRequest;
}

function pick<T>(items: readonly T[], n: number): T {
  const item = items[n % items.length];
  if (item === undefined) throw new Error('bench fixtures: no sample rows to pick from');
  return item;
}

const LIST_FILTERS: readonly string[] = [
  '',
  'status=reported&status=assigned',
  'level=major',
  'overdue=true',
  'source=patrol&status=assigned',
  'category=fire_safety',
];

const TITLES = ['消防通道堵塞', '灭火器过期', '配电箱未上锁', '粉尘清扫记录缺失', '安全出口指示灯损坏'];
const CATEGORIES = ['fire_safety', 'fire_lane', 'electrical', 'dust_explosion', 'management'];

/** Builds the HTTP operations over real sample rows; each request rotates through them. */
export function httpOperations(fixtures: BenchFixtures): readonly HttpOperation[] {
  const api = '/api/v1';
  return [
    {
      // Splits the distance to the bare route: the server's plugins plus `select 1`, no session.
      name: 'health', kind: 'read', description: 'GET /health: the server\'s plugins and one `select 1`, no authentication (split of the overhead)',
      next: () => ({ method: 'GET', path: `${api}/health` }),
    },
    {
      name: 'auth-me', kind: 'read', description: 'GET /auth/me: plugins plus bearer-token authentication (session and user lookups), no feature query',
      next: () => ({ method: 'GET', path: `${api}/auth/me` }),
    },
    {
      name: 'create', kind: 'write', description: 'POST /hazards for a rotating unit (auth, validation, event and rollup writes)',
      next: (n) => ({
        method: 'POST', path: `${api}/hazards`,
        body: { source: 'patrol', level: n % 17 === 0 ? 'major' : 'general', category: pick(CATEGORIES, n), title: pick(TITLES, n), description: `bench ${n}`, unitId: pick(fixtures.units, n * 7).id },
      }),
    },
    {
      name: 'list-first', kind: 'read', description: 'GET /hazards first page (20) with typical filters, or a town',
      next: (n) => {
        const filter = n % 7 === 6 ? `regionCode=${pick(fixtures.townCodes, n)}` : pick(LIST_FILTERS, n);
        const variant = n % 7 === 6 ? 'regionCode=<town>' : filter || '(no filter)';
        return { method: 'GET', path: `${api}/hazards?limit=20${filter ? `&${filter}` : ''}`, variant };
      },
    },
    {
      name: 'list-deep', kind: 'read', description: 'GET /hazards?cursor=… a page 10k–500k rows down the newest-first list',
      next: (n) => {
        const cursor = pick(fixtures.deepCursors, n);
        return { method: 'GET', path: `${api}/hazards?limit=20&cursor=${cursor.id}`, variant: `${cursor.depth} rows down` };
      },
    },
    {
      name: 'unit-search', kind: 'read', description: 'GET /units?q=<3 Chinese characters of a real unit name>',
      next: (n) => ({ method: 'GET', path: `${api}/units?limit=20&q=${encodeURIComponent(pick(fixtures.nameFragments, n))}` }),
    },
    {
      name: 'locate', kind: 'read', description: 'GET /grids/locate?lng&lat of a real unit (point → grid)',
      next: (n) => {
        const unit = pick(fixtures.units, n * 13);
        return { method: 'GET', path: `${api}/grids/locate?lng=${unit.lng}&lat=${unit.lat}` };
      },
    },
    {
      name: 'overview', kind: 'read', description: 'GET /stats/overview for the whole district',
      next: () => ({ method: 'GET', path: `${api}/stats/overview` }),
    },
    {
      name: 'hazard-get', kind: 'read', description: 'GET /hazards/:id of a random hazard (indexed read)',
      next: (n) => ({ method: 'GET', path: `${api}/hazards/${pick(fixtures.hazardIds, n * 31)}` }),
    },
  ];
}
