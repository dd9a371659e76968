import type { TenantOutcome, TenantOutcomeKind, TenantReview, TenantReviewStatus, Unit, User } from '@safegrid/core';
import type { DemoAccounts } from './demo-accounts.js';
import { demoUuidV7 } from './demo-ids.js';
import { DAY_MS, HOUR_MS, inOfficeHours, isoInstant, shanghaiDay, type DemoTimeframe } from './demo-timeframe.js';
import { recordRandom, STREAMS, type Random } from './random.js';
import type { UnitSource } from './unit-generator.js';

/** Reviews before lease (先审后租) and tenant outcomes of one park. */
export interface ParkReviews {
  readonly reviews: readonly TenantReview[];
  readonly outcomes: readonly TenantOutcome[];
}

const NEWCOMERS = [
  { name: '常州市新润塑料制品厂', business: '塑料制品注塑加工', riskTags: [] },
  { name: '常州市恒鑫五金抛光加工部', business: '五金件抛光打磨', riskTags: ['dust'], dustKind: 'metal' },
  { name: '常州市佳美木制品加工厂', business: '木制家具部件加工', riskTags: ['dust'], dustKind: 'wood' },
  { name: '常州市顺达电子元件厂', business: '电子元件组装', riskTags: [] },
] as const;
const REJECT_REASONS = ['未签订安全生产管理协议', '拟租厂房未通过消防验收', '承租方从事粉尘涉爆作业，厂房为非框架结构多层建筑', '拟将生产、仓储、住宿设在同一空间（三合一）'];
const APPROVE_NOTES = ['材料齐全，同意出租', '已签订安全生产管理协议，厂房消防验收合格，同意出租'];
const OUTCOME_NOTES: Readonly<Record<TenantOutcomeKind, string>> = {
  shut_down: '无证经营且存在重大事故隐患，依法关停取缔',
  compliant: '完成整改，各项安全条件达标',
  upgraded: '实施除尘系统和厂房消防改造',
};

function review(input: {
  park: Unit; tenant: Unit | null; details: TenantReview['tenant']; status: TenantReviewStatus; appliedMs: number; nowMs: number;
  landlord: User; town: User; random: Random;
}): TenantReview {
  const { park, random, status } = input;
  const decided = status === 'approved' || status === 'rejected';
  const decidedMs = Math.min(input.nowMs - HOUR_MS, inOfficeHours(Math.floor(input.appliedMs + random.float(1, 10) * DAY_MS), random.int(0, 120) * 60_000));
  const conditions = status !== 'rejected' || random.chance(0.5);
  return {
    id: demoUuidV7(input.appliedMs, random), districtCode: park.districtCode, townCode: park.townCode, villageCode: park.villageCode, gridId: park.gridId,
    sector: park.sector, parkId: park.id, tenantUnitId: input.tenant?.id ?? null, status, tenant: input.details,
    leaseStartsOn: shanghaiDay(input.appliedMs + 20 * DAY_MS), leaseEndsOn: shanghaiDay(input.appliedMs + 20 * DAY_MS + 3 * 365 * DAY_MS),
    safetyAgreement: conditions, fireAcceptance: status !== 'rejected' || !conditions || random.chance(0.5), note: null,
    appliedBy: input.landlord.id, appliedByName: input.landlord.displayName, appliedAt: isoInstant(input.appliedMs),
    decidedBy: decided ? input.town.id : null, decidedByName: decided ? input.town.displayName : null, decidedAt: decided ? isoInstant(decidedMs) : null,
    decisionReason: status === 'rejected' ? random.pick(REJECT_REASONS) : status === 'approved' ? random.pick(APPROVE_NOTES) : null,
    updatedAt: isoInstant(decided ? decidedMs : input.appliedMs), version: decided ? 2 : 1,
  };
}

/**
 * The reviews of one park: most tenants reviewed retroactively in the last half year (approved,
 * rejected or waiting), about a third never reviewed (flagged), one newcomer waiting; outcomes
 * decided for some tenants in the 厂中厂 campaign.
 */
export function parkReviews(input: {
  seed: number; timeframe: DemoTimeframe; units: UnitSource; accounts: DemoAccounts; parkIndex: number; tenantIndices: readonly number[];
}): ParkReviews {
  const { accounts, timeframe } = input;
  const random = recordRandom(input.seed, STREAMS.tenantReview, input.parkIndex);
  const park = input.units.unit(input.parkIndex);
  const town = accounts.townUsers.get(park.townCode) ?? accounts.admin;
  const landlord = accounts.officers.get(input.parkIndex) ?? town;
  const recent = (days: number) => inOfficeHours(Math.floor(timeframe.nowMs - random.float(12, days) * DAY_MS), random.int(0, 120) * 60_000);
  const reviews: TenantReview[] = [];
  const outcomes: TenantOutcome[] = [];
  for (const index of input.tenantIndices) {
    const tenant = input.units.unit(index);
    const status = random.weighted<TenantReviewStatus | 'none'>({ approved: 52, rejected: 8, submitted: 8, none: 32 });
    const details = { name: tenant.name, creditCode: tenant.creditCode, business: '原有承租企业', riskTags: tenant.riskTags, dustKind: tenant.dustKind, employees: tenant.employees, floorArea: tenant.floorArea };
    if (status !== 'none') reviews.push(review({ park, tenant, details, status, appliedMs: recent(180), nowMs: timeframe.nowMs, landlord, town, random }));
    if (random.chance(0.45)) {
      const outcome = random.weighted<TenantOutcomeKind>({ compliant: 50, upgraded: 35, shut_down: 15 });
      outcomes.push({
        unitId: tenant.id, parkId: park.id, districtCode: park.districtCode, townCode: tenant.townCode, villageCode: tenant.villageCode, gridId: tenant.gridId,
        sector: tenant.sector, outcome, note: OUTCOME_NOTES[outcome], decidedBy: town.id, decidedByName: town.displayName,
        decidedAt: isoInstant(recent(28)),
      });
    }
  }
  const newcomer = random.pick(NEWCOMERS);
  const details = { name: newcomer.name, creditCode: null, business: newcomer.business, riskTags: [...newcomer.riskTags], dustKind: 'dustKind' in newcomer ? newcomer.dustKind : null, employees: random.int(5, 40), floorArea: random.int(300, 3000) };
  reviews.push(review({ park, tenant: null, details, status: 'submitted', nowMs: timeframe.nowMs, appliedMs: Math.floor(timeframe.nowMs - random.float(1, 6) * DAY_MS - HOUR_MS), landlord, town, random }));
  return { reviews: reviews.sort((a, b) => (a.id < b.id ? -1 : 1)), outcomes };
}
