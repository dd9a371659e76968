import { DEPARTMENTS, SECTOR_DEPARTMENT, type Department, type Role, type Sector, type User, type UserScope } from '@safegrid/core';
import { demoUuidV7 } from './demo-ids.js';
import type { DemoTimeframe } from './demo-timeframe.js';
import type { DistrictTemplate } from './district-template.js';
import { mobileNumber, personName } from './people-names.js';
import { recordRandom, STREAMS } from './random.js';
import type { DistrictLayout } from './region-layout.js';
import { DEMO_ENTERPRISE_INDEX, type UnitSource } from './unit-generator.js';

/**
 * The five accounts the README and the end-to-end tests log in with (password `safegrid-demo`,
 * hashed by the CLI): district office, 湖塘镇, a 湖塘 grid worker, a 涉粉 enterprise, 住建局.
 */
/** The password of every demo account (demo mode only; documented in the README). */
export const DEMO_PASSWORD = 'safegrid-demo';

export const DEMO_USERNAMES = ['admin', 'hutang', 'wangge01', 'qiye01', 'zhujian'] as const;
export type DemoUsername = (typeof DEMO_USERNAMES)[number];

/** Accounts of a generated district, with the lookups hazards use to pick real actors. */
export interface DemoAccounts {
  readonly users: readonly User[];
  readonly admin: User;
  readonly townUsers: ReadonlyMap<string, User>;
  /** Grid workers by grid index (of `DistrictLayout.grids`); one or two per grid. */
  readonly gridWorkers: readonly (readonly User[])[];
  readonly departmentUsers: ReadonlyMap<Sector, User>;
  /** Enterprise accounts (安全专员) by unit index. */
  readonly officers: ReadonlyMap<number, User>;
  /** Unit indices that have an enterprise account, ascending. */
  readonly officerUnitIndices: readonly number[];
}

// Pinyin login names and display names of the district's departments.
const DEPARTMENT_ACCOUNTS: Readonly<Record<Department, { username: string; displayName: string }>> = {
  emergency: { username: 'yingji', displayName: '区应急管理局' },
  housing: { username: 'zhujian', displayName: '区住房和城乡建设局' },
  fire: { username: 'xiaofang', displayName: '区消防救援大队' },
  market: { username: 'shichang', displayName: '区市场监督管理局' },
  transport: { username: 'jiaotong', displayName: '区交通运输局' },
  public_security: { username: 'gongan', displayName: '公安分局' },
  education: { username: 'jiaoyu', displayName: '区教育局' },
  health: { username: 'weijian', displayName: '区卫生健康委员会' },
  civil_affairs: { username: 'minzheng', displayName: '区民政局' },
  commerce: { username: 'shangwu', displayName: '区商务局' },
};

interface AccountInput {
  readonly seed: number;
  readonly template: DistrictTemplate;
  readonly layout: DistrictLayout;
  readonly units: UnitSource;
  /** Units that get an enterprise account (from the unit census). */
  readonly officerIndices: readonly number[];
  readonly timeframe: DemoTimeframe;
}

/**
 * Builds every account: the five demo accounts first, then a town account per other town, a
 * department account per department that answers for a sector, a grid worker per grid, a 安全专员
 * account per dust-handling, 危化品 or park unit, and last 公安's account, which leads no sector and
 * sees what it co-follows (ADR 0100).
 */
export function buildDemoAccounts(input: AccountInput): DemoAccounts {
  const { template, layout, units } = input;
  const random = recordRandom(input.seed, STREAMS.users, 0);
  const users: User[] = [];
  const add = (account: Omit<User, 'id' | 'districtCode' | 'status' | 'createdAt' | 'updatedAt'>): User => {
    const createdMs = input.timeframe.launchMs + users.length * 1_000;
    const createdAt = new Date(createdMs).toISOString();
    const user: User = {
      id: demoUuidV7(createdMs, random), districtCode: template.code, ...account,
      username: `${template.usernamePrefix}${account.username}`, status: 'active', createdAt, updatedAt: createdAt,
    };
    users.push(user);
    return user;
  };
  const scope = (partial: Partial<UserScope>): UserScope => ({ regionCode: template.code, gridIds: [], sectors: [], unitId: null, ...partial });
  const person = (username: string, role: Role, userScope: UserScope, name = personName(random), phone = mobileNumber(random)) =>
    add({ username, displayName: name, role, scope: userScope, phone });

  const seatTown = layout.towns.find((town) => town.template.code === template.seatTownCode) ?? layout.towns[0];
  if (!seatTown) throw new RangeError('demo district: the template has no towns');
  const admin = add({ username: 'admin', displayName: '区安委办管理员', role: 'district', scope: scope({}), phone: mobileNumber(random) });
  const townUsers = new Map<string, User>();
  const townUser = (town: (typeof layout.towns)[number]) => {
    const user = add({
      username: town.template.username, displayName: `${town.template.name}安监办`, role: 'town',
      scope: scope({ regionCode: town.template.code }), phone: mobileNumber(random),
    });
    townUsers.set(town.template.code, user);
  };
  townUser(seatTown);

  const demoUnit = units.unit(DEMO_ENTERPRISE_INDEX);
  const patrolGrids = patrolGridsOf(seatTown, layout, demoUnit.gridId);
  const wangge = person('wangge01', 'grid_worker', scope({ regionCode: seatTown.template.code, gridIds: patrolGrids.map((index) => layout.grids[index]?.grid.id ?? '') }));

  const demoOfficer = demoUnit.contacts.find((contact) => contact.role === '安全专员') ?? demoUnit.contacts[0];
  const officers = new Map<number, User>();
  officers.set(DEMO_ENTERPRISE_INDEX, person('qiye01', 'enterprise', scope({ regionCode: demoUnit.townCode, unitId: demoUnit.id }), demoOfficer?.name, demoOfficer?.phone));

  const departmentUsers = new Map<Sector, User>();
  const departmentUser = (department: Department, always = false) => {
    const sectors = (Object.keys(SECTOR_DEPARTMENT) as Sector[]).filter((sector) => SECTOR_DEPARTMENT[sector] === department);
    if (sectors.length === 0 && !always) return;
    const account = DEPARTMENT_ACCOUNTS[department];
    const user = add({ username: account.username, displayName: account.displayName, role: 'department', scope: scope({ sectors, department }), phone: mobileNumber(random) });
    for (const sector of sectors) departmentUsers.set(sector, user);
  };
  departmentUser('housing');
  for (const town of layout.towns) if (town !== seatTown) townUser(town);
  for (const department of DEPARTMENTS) if (department !== 'housing') departmentUser(department);

  const gridWorkers = layout.grids.map((slot, gridIndex) => {
    const worker = person(`wg${slot.grid.code.replace('-', '')}`, 'grid_worker', scope({ regionCode: slot.grid.townCode, gridIds: [slot.grid.id] }));
    return patrolGrids.includes(gridIndex) ? [worker, wangge] : [worker];
  });
  addOfficers({ units, officerIndices: input.officerIndices, officers, person, scope });
  // 公安 leads no sector but co-follows 群租房 and others (ADR 0100): added last, so every other account stays as it was.
  departmentUser('public_security', true);
  const officerUnitIndices = [...officers.keys()].sort((a, b) => a - b);
  return { users, admin, townUsers, gridWorkers, departmentUsers, officers, officerUnitIndices };
}

/**
 * wangge01 patrols the grid of qiye01's enterprise and a neighbouring grid of the same village, so
 * the demo tells one story end to end: the grid worker finds a hazard at that enterprise, the town
 * assigns it, the enterprise rectifies it.
 */
function patrolGridsOf(seatTown: DistrictLayout['towns'][number], layout: DistrictLayout, demoGridId: string): number[] {
  const demoGrid = layout.grids.findIndex((slot) => slot.grid.id === demoGridId);
  const village = seatTown.villages.find((candidate) => candidate.gridIndices.includes(demoGrid)) ?? seatTown.villages[0];
  const neighbours = (village?.gridIndices ?? []).filter((index) => index !== demoGrid);
  return demoGrid >= 0 ? [demoGrid, ...neighbours.slice(0, 1)] : neighbours.slice(0, 2);
}

function addOfficers(context: {
  units: UnitSource;
  officerIndices: readonly number[];
  officers: Map<number, User>;
  person: (username: string, role: Role, scope: UserScope, name?: string, phone?: string) => User;
  scope: (partial: Partial<UserScope>) => UserScope;
}): void {
  const { units, officers } = context;
  for (const index of context.officerIndices) {
    if (officers.has(index)) continue;
    const unit = units.unit(index);
    const officer = unit.contacts.find((contact) => contact.role === '安全专员') ?? unit.contacts[0];
    const username = `qy${String(index).padStart(6, '0')}`;
    officers.set(index, context.person(username, 'enterprise', context.scope({ regionCode: unit.townCode, unitId: unit.id }), officer?.name, officer?.phone));
  }
}
