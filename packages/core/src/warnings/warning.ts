import type { User } from '../accounts/user.js';
import { departmentsOf } from '../sector-duties/sector-duties.js';
import type { Department, RiskTag, Sector } from '../units/unit-catalog.js';
import type { Unit } from '../units/unit.js';

/**
 * 预警 (ADR 0077): a weather or disaster warning issued by the district office (or a department for
 * its sectors) to the towns, departments, grid workers and enterprises that must act. Each addressee
 * account acknowledges (签收); lifting (解除), upgrading and the one reminder are events on it.
 */
export const WARNING_KINDS = ['rainstorm', 'gale', 'heat', 'cold_wave', 'thunder', 'fog', 'road_icing', 'other'] as const;
/** 暴雨, 大风, 高温, 寒潮, 雷电, 大雾, 道路结冰, 其他. */
export type WarningKind = (typeof WARNING_KINDS)[number];
export const WARNING_COLOURS = ['blue', 'yellow', 'orange', 'red'] as const;
/** 蓝, 黄, 橙, 红, lowest first. */
export type WarningColour = (typeof WARNING_COLOURS)[number];

export interface WarningAddressees {
  /** The town offices of the area. */
  readonly towns: boolean;
  readonly departments: readonly Department[];
  /** Grid workers of the area. */
  readonly gridWorkers: boolean;
  /** Enterprise accounts whose unit, in the area, has one of these tags or sectors. */
  readonly enterpriseTags: readonly RiskTag[];
  readonly enterpriseSectors: readonly Sector[];
}

export interface WarningEvent {
  readonly kind: 'issued' | 'upgraded' | 'lifted' | 'reminded';
  readonly at: string;
  readonly byName: string;
  readonly colour: WarningColour;
  readonly note: string;
}

export interface Warning {
  readonly id: string;
  readonly districtCode: string;
  readonly kind: WarningKind;
  readonly colour: WarningColour;
  /** The towns it covers; empty: the whole district. */
  readonly townCodes: readonly string[];
  readonly startsAt: string;
  readonly endsAt: string;
  readonly actions: string;
  readonly addressees: WarningAddressees;
  readonly status: 'in_force' | 'lifted';
  readonly events: readonly WarningEvent[];
  readonly remindedAt: string | null;
  readonly issuedBy: string;
  readonly issuedByName: string;
  readonly createdAt: string;
  readonly version: number;
}

/** One addressee account and its acknowledgement. */
export interface WarningRecipient {
  readonly warningId: string;
  readonly districtCode: string;
  readonly userId: string;
  readonly displayName: string;
  readonly role: User['role'];
  /** The town the account answers for; '' for district-level accounts (departments). */
  readonly townCode: string;
  readonly acknowledgedAt: string | null;
}

/** In force: not lifted, and now within its period. */
export function isWarningInForce(warning: Pick<Warning, 'status' | 'startsAt' | 'endsAt'>, now: Date): boolean {
  const at = now.toISOString();
  return warning.status === 'in_force' && warning.startsAt <= at && at < warning.endsAt;
}

const inArea = (townCodes: readonly string[], townCode: string) => townCodes.length === 0 || townCodes.includes(townCode);

/**
 * The accounts a warning addresses, from the district's active users and the units of its
 * enterprise accounts: town offices and grid workers of the area, the chosen departments, and
 * enterprise accounts whose unit in the area carries a chosen tag or sector.
 */
export function resolveRecipients(warning: Pick<Warning, 'id' | 'districtCode' | 'townCodes' | 'addressees'>, users: readonly User[], unitsById: ReadonlyMap<string, Unit>): WarningRecipient[] {
  const { addressees, townCodes } = warning;
  const recipients: WarningRecipient[] = [];
  for (const user of users) {
    if (user.status !== 'active' || user.districtCode !== warning.districtCode) continue;
    const town = user.scope.regionCode.length >= 9 ? user.scope.regionCode.slice(0, 9) : '';
    let townCode: string | null = null;
    if (user.role === 'town' && addressees.towns && town && inArea(townCodes, town)) townCode = town;
    if (user.role === 'grid_worker' && addressees.gridWorkers && town && inArea(townCodes, town)) townCode = town;
    if (user.role === 'department' && departmentsOf(user).some((department) => addressees.departments.includes(department))) townCode = '';
    if (user.role === 'enterprise' && user.scope.unitId) {
      const unit = unitsById.get(user.scope.unitId);
      const chosen = unit && (unit.riskTags.some((tag) => addressees.enterpriseTags.includes(tag)) || addressees.enterpriseSectors.includes(unit.sector));
      if (unit && chosen && inArea(townCodes, unit.townCode)) townCode = unit.townCode;
    }
    if (townCode !== null) recipients.push({ warningId: warning.id, districtCode: warning.districtCode, userId: user.id, displayName: user.displayName, role: user.role, townCode, acknowledgedAt: null });
  }
  return recipients;
}

/** Acknowledged of addressed, per town ('' for district-level accounts), as the issuer sees it. */
export function acknowledgementsByTown(recipients: readonly WarningRecipient[]): { townCode: string; acknowledged: number; total: number }[] {
  const byTown = new Map<string, { acknowledged: number; total: number }>();
  for (const recipient of recipients) {
    const entry = byTown.get(recipient.townCode) ?? { acknowledged: 0, total: 0 };
    byTown.set(recipient.townCode, { acknowledged: entry.acknowledged + (recipient.acknowledgedAt ? 1 : 0), total: entry.total + 1 });
  }
  return [...byTown.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([townCode, counts]) => ({ townCode, ...counts }));
}
