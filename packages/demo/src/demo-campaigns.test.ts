import {
  BUILT_IN_CHECKLISTS,
  applicableItems,
  computeCoverage,
  nextHazardStatus,
  nextTenantReviewStatus,
  type Hazard,
  type HazardEvent,
  type HazardStatus,
  type Inspection,
  type TenantReview,
} from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { generateDemoDistrict } from './generate-demo-district.js';

const now = new Date('2026-11-20T04:00:00Z');
const district = generateDemoDistrict({ now, units: 6_000, hazards: 100 });
const batches = [...district.inspectionBatches(50)];
const inspections: Inspection[] = batches.flatMap((batch) => [...batch.inspections]);
const hazards: Hazard[] = batches.flatMap((batch) => [...batch.hazards]);
const events: HazardEvent[] = batches.flatMap((batch) => [...batch.events]);
const findings = batches.flatMap((batch) => [...batch.findings]);
const [dust, parks] = district.campaigns;
const unitById = new Map([...district.unitBatches(2_000)].flat().map((unit) => [unit.id, unit]));
const usersById = new Map(district.users.map((user) => [user.id, user]));

describe('demo campaign 粉尘涉爆专项整治“百日攻坚”', () => {
  it('covers every 涉粉 unit that is not closed, and is part done', () => {
    expect(dust).toMatchObject({ name: '粉尘涉爆专项整治“百日攻坚”', scope: { tags: ['dust'] }, checklistCode: 'dust-gb15577', startsOn: '2026-09-21', endsOn: '2026-12-29' });
    expect(parks?.scope.kinds).toEqual(['park']);
    const inScope = [...unitById.values()].filter((unit) => unit.riskTags.includes('dust') && unit.status !== 'closed');
    const coverage = computeCoverage(dust ?? (() => { throw new Error('no campaign'); })(), inScope.map((unit) => ({ ...unit, location: unit.location })), inspections.filter((inspection) => inspection.status === 'finished').map((inspection) => ({
      inspectionId: inspection.id, unitId: inspection.unitId, finishedAt: inspection.finishedAt ?? '', failedItems: inspection.failedItems, selfInspection: inspection.kind === 'self_inspection',
    })));
    expect(coverage.inScope).toBeGreaterThan(100);
    expect(coverage.rate).toBeGreaterThan(0.5);
    expect(coverage.rate).toBeLessThan(0.75);
    expect(inspections.some((inspection) => inspection.status === 'in_progress')).toBe(true);
    expect(coverage.inspectedUnitIds.has([...unitById.values()][0]?.id ?? '')).toBe(true);
  });

  it('answers exactly the items that apply to each unit, by someone who may see it, within the period', () => {
    const template = BUILT_IN_CHECKLISTS.find((candidate) => candidate.code === 'dust-gb15577');
    for (const inspection of inspections) {
      const unit = unitById.get(inspection.unitId);
      if (!unit || !template) throw new Error('unknown unit');
      expect(inspection.itemIds).toEqual(applicableItems(template, unit).map((item) => item.id));
      if (inspection.status === 'finished') expect(inspection.answers.map((answer) => answer.itemId)).toEqual(inspection.itemIds);
      expect(inspection.finishedAt === null || (inspection.finishedAt < now.toISOString() && inspection.finishedAt >= '2026-09-20T16:00:00.000Z')).toBe(true);
      const inspector = usersById.get(inspection.inspectorId);
      if (inspection.kind === 'self_inspection') expect(inspector?.scope.unitId).toBe(unit.id);
      else expect(inspector?.role === 'town' ? inspector.scope.regionCode === unit.townCode : inspector?.scope.gridIds.includes(unit.gridId)).toBe(true);
      expect(inspection.failedItems).toBe(inspection.answers.filter((answer) => answer.result === 'fail').length);
    }
  });

  it('turns every failed item into a campaign hazard linked to its inspection, replayable through core', () => {
    const failed = inspections.flatMap((inspection) => (inspection.status === 'finished' && inspection.kind === 'supervision' ? inspection.answers.filter((answer) => answer.result === 'fail').map((answer) => ({ inspection, answer })) : []));
    expect(failed.length).toBeGreaterThan(10);
    expect(findings).toHaveLength(failed.length);
    for (const { inspection, answer } of failed) {
      const hazard = hazards.find((candidate) => candidate.id === answer.hazardId);
      expect(hazard).toMatchObject({ unitId: inspection.unitId, source: 'campaign', reportedBy: inspection.inspectorId });
      const timeline = events.filter((event) => event.hazardId === hazard?.id);
      expect(timeline[0]).toMatchObject({ action: 'report', details: { inspectionId: inspection.id, itemId: answer.itemId } });
      let status: HazardStatus = 'reported';
      for (const event of timeline.slice(1)) status = nextHazardStatus(status, event.action as never) ?? (() => { throw new Error(`bad ${event.action}`); })();
      expect(status).toBe(hazard?.status);
      if (answer.fixedOnSite) expect(timeline.map((event) => event.action)).toEqual(['report', 'assign', 'submit', 'close']);
    }
    expect(hazards.some((hazard) => hazard.level === 'major')).toBe(true);
    expect(hazards.some((hazard) => hazard.status === 'closed')).toBe(true);
    expect(hazards.some((hazard) => hazard.status !== 'closed')).toBe(true);
  });

  it('is the same for the same seed', () => {
    const again = [...generateDemoDistrict({ now, units: 6_000, hazards: 100 }).inspectionBatches(50)].flatMap((batch) => [...batch.inspections]);
    expect(again).toEqual(inspections);
  });
});

describe('demo 厂中厂 reviews', () => {
  const parks = [...district.parkReviews()];
  const reviews: TenantReview[] = parks.flatMap((park) => [...park.reviews]);
  const outcomes = parks.flatMap((park) => [...park.outcomes]);

  it('has reviews in every state reachable from submitted, decided by the town', () => {
    expect(new Set(reviews.map((review) => review.status))).toEqual(new Set(['submitted', 'approved', 'rejected']));
    for (const review of reviews) {
      if (review.status !== 'submitted') expect(nextTenantReviewStatus('submitted', review.status === 'approved' ? 'approve' : 'reject')).toBe(review.status);
      const decider = review.decidedBy ? usersById.get(review.decidedBy) : undefined;
      if (review.status === 'approved') expect(review.safetyAgreement && review.fireAcceptance).toBe(true);
      if (review.decidedBy) expect(decider?.role).toBe('town');
      if (review.decidedAt) expect(review.decidedAt > review.appliedAt && review.decidedAt < now.toISOString()).toBe(true);
      expect(usersById.get(review.appliedBy)?.scope.unitId).toBe(review.parkId);
    }
    expect(reviews.filter((review) => review.tenantUnitId === null)).toHaveLength(parks.length);
  });

  it('leaves some tenants without an approved review and decides outcomes of all three kinds', () => {
    const tenants = [...unitById.values()].filter((unit) => unit.parentId !== null);
    const approved = new Set(reviews.filter((review) => review.status === 'approved').map((review) => review.tenantUnitId));
    const flagged = tenants.filter((tenant) => !approved.has(tenant.id));
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length).toBeLessThan(tenants.length);
    expect(new Set(outcomes.map((outcome) => outcome.outcome))).toEqual(new Set(['shut_down', 'compliant', 'upgraded']));
  });
});
