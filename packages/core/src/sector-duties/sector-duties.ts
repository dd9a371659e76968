import { actorOf, type Actor } from '../accounts/actor.js';
import type { User } from '../accounts/user.js';
import { DEPARTMENTS, SECTOR_DEPARTMENT, SECTORS, type Department, type Sector } from '../units/unit-catalog.js';

/**
 * 三管三必须 (管行业必须管安全、管业务必须管安全、管生产经营必须管安全; 《安全生产法》第三条、第十条):
 * every sector has one lead department (牵头部门) and co-responsible departments (协同部门). The lead
 * defaults to SECTOR_DEPARTMENT; the co-responsible defaults below are kept to the divisions of work
 * that are common everywhere (九小场所 in the fire sector: 住建 and 公安 beside the fire brigade; 群租房,
 * a sector of its own led by 住建: 公安 and the fire brigade; 危化品: 公安 for 剧毒/易制爆, 交通 for transport) and empty elsewhere. A district office changes
 * both per sector; a department sees and follows the hazards, units and figures of every sector it
 * leads or co-follows (ADR 0085).
 */
export const DEFAULT_CO_DEPARTMENTS: Readonly<Record<Sector, readonly Department[]>> = {
  industry_trade: [],
  hazardous_chemicals: ['public_security', 'transport'], // 剧毒/易制爆化学品 (公安), 危险货物运输 (交通)
  construction: [],
  town_gas: ['market'], // 气瓶充装与燃气器具 (市场监管)
  self_built_house: [],
  fire: ['housing', 'public_security'], // 九小场所: 住建 (房屋使用安全) and 公安 (派出所消防监督)
  group_rental: ['public_security', 'fire'], // 群租房 (住建 leads): 公安 (出租屋治安、派出所) and 消防 (ADR 0096)
  special_equipment: [],
  road_transport: ['public_security'], // 道路交通安全 (公安交警)
  education: [],
  health: [],
  civil_affairs: [],
  commerce: [],
};

/** One sector's departments: the lead and the co-responsible ones (never the lead itself). */
export interface SectorDuty {
  readonly sector: Sector;
  readonly lead: Department;
  readonly coDepartments: readonly Department[];
}

/** A district's stored choice for one sector, with who set it. */
export interface StoredSectorDuty extends SectorDuty {
  readonly districtCode: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export interface SectorDutyStore {
  /** The district's own entries; sectors without one use the defaults. */
  list(districtCode: string): Promise<StoredSectorDuty[]>;
  /** Inserts or replaces the district's entry for one sector, appending it to the audit trail. */
  put(duty: StoredSectorDuty): Promise<void>;
}

export function defaultSectorDuty(sector: Sector): SectorDuty {
  return { sector, lead: SECTOR_DEPARTMENT[sector], coDepartments: DEFAULT_CO_DEPARTMENTS[sector] };
}

/** Every sector's duty for a district: its own entries over the defaults, in SECTORS order. */
export function sectorDutyTable(stored: readonly SectorDuty[]): SectorDuty[] {
  const bySector = new Map(stored.map((duty) => [duty.sector, duty]));
  return SECTORS.map((sector) => {
    const duty = bySector.get(sector) ?? defaultSectorDuty(sector);
    return { sector, lead: duty.lead, coDepartments: [...duty.coDepartments] };
  });
}

/** The departments that lead `sectors` by default (how an account's department was inferred before ADR 0100). */
export function departmentsOfSectors(sectors: readonly Sector[]): Department[] {
  return [...new Set(sectors.map((sector) => SECTOR_DEPARTMENT[sector]))];
}

/**
 * The departments a department account speaks for: its explicit department (ADR 0100), or, for a
 * scope written before there was one, those its own sectors default to. Other roles speak for none.
 */
export function departmentsOf(subject: Pick<User, 'role' | 'scope'>): Department[] {
  if (subject.role !== 'department') return [];
  return subject.scope.department ? [subject.scope.department] : departmentsOfSectors(subject.scope.sectors);
}

/** The sectors a set of departments leads or co-follows under `table`. */
export function sectorsFollowedBy(departments: readonly Department[], table: readonly SectorDuty[]): Sector[] {
  return table
    .filter((duty) => departments.includes(duty.lead) || duty.coDepartments.some((department) => departments.includes(department)))
    .map((duty) => duty.sector);
}

/**
 * The sectors a department actor sees: its own plus those its department leads or co-follows in the
 * district's table. Other roles are not narrowed by sector, so they get none.
 */
export function followedSectorsOf(actor: Pick<Actor, 'role' | 'scope'>, table: readonly SectorDuty[]): Sector[] {
  if (actor.role !== 'department') return [];
  const own = new Set(actor.scope.sectors);
  return sectorsFollowedBy(departmentsOf(actor), table).filter((sector) => !own.has(sector));
}

export function isDepartment(value: string): value is Department {
  return (DEPARTMENTS as readonly string[]).includes(value);
}

/**
 * A user as the actor their session would be: a department account also follows the sectors its
 * department leads or co-follows under `table`. Assignee checks and notices use it, so a
 * co-responsible department can be handed a hazard it sees (ADR 0096).
 */
export function actorUnderDuties(user: User, table: readonly SectorDuty[]): Actor {
  const actor = actorOf(user);
  return actor.role === 'department' ? { ...actor, followedSectors: followedSectorsOf(actor, table) } : actor;
}

/** Whether a department account speaks for one of the co-responsible departments of `sector` under `table`. */
export function isCoDepartmentUser(user: Pick<User, 'role' | 'scope'>, sector: Sector, table: readonly SectorDuty[]): boolean {
  if (user.role !== 'department') return false;
  const duty = table.find((entry) => entry.sector === sector);
  if (!duty) return false;
  const departments = departmentsOf(user);
  return !departments.includes(duty.lead) && duty.coDepartments.some((department) => departments.includes(department));
}
