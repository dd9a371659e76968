import { describe, expect, it } from 'vitest';
import { actOnHazard } from '../hazards/act-on-hazard.js';
import { wgs84ToGcj02 } from '../geo/coordinate-systems.js';
import { createInMemoryDeps, gridPoint, HUTANG, LUOYANG } from '../testing/in-memory-deps.js';
import { getHazardReporters } from './hazard-public-reports.js';
import { submitPublicReport, type PublicReportInput } from './submit-public-report.js';
import { findNearbyOpenMatters, trackPublicReport } from './track-public-report.js';
import { normalizeTrackingCode, trackingCodeHash } from './tracking-code.js';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0x01]);

const input = (overrides: Partial<PublicReportInput> = {}): PublicReportInput => ({
  category: 'fire_lane_blocked',
  description: '小区3号楼北侧消防车道被私家车堵死',
  location: { ...gridPoint(HUTANG, 0), crs: 'wgs84' },
  clientAddress: '203.0.113.5',
  channel: 'web',
  ...overrides,
});

describe('submitPublicReport', () => {
  it('writes a public hazard routed by place and category, its photos and a report with a hashed code', async () => {
    const deps = createInMemoryDeps();
    const receipt = await submitPublicReport(deps, input({ photos: [{ bytes: JPEG, originalName: 'a.jpg' }], reporterName: '张三', reporterPhone: '138 1234 5678' }));
    expect(normalizeTrackingCode(receipt.trackingCode)).toHaveLength(16);
    const hazard = deps.tables.hazards.get(receipt.hazardId);
    expect(hazard).toMatchObject({ source: 'public', status: 'reported', category: 'fire_lane', sector: 'fire', townCode: HUTANG, gridId: `grid-${HUTANG}-1`, reportedBy: 'public-reporter:320412' });
    expect(hazard?.photoIds).toHaveLength(1);
    const [report] = deps.tables.publicReports.values();
    expect(report).toMatchObject({ hazardId: receipt.hazardId, reportedHazardId: receipt.hazardId, reporterPhone: '13812345678', reporterName: '张三' });
    expect(report?.codeHash).toBe(trackingCodeHash(deps.tokens, normalizeTrackingCode(receipt.trackingCode) as string));
    expect(report?.codeHash).not.toBe(receipt.trackingCode);
    expect(deps.tables.hazardEvents[0]?.details).toMatchObject({ channel: 'web', publicCategory: 'fire_lane_blocked', department: 'fire' });
  });

  it('accepts BD-09 and GCJ-02 points and refuses one outside the district, naming the field', async () => {
    const deps = createInMemoryDeps();
    const gcj = wgs84ToGcj02(gridPoint(LUOYANG, 1));
    const { hazardId } = await submitPublicReport(deps, input({ location: { ...gcj, crs: 'gcj02' } }));
    expect(deps.tables.hazards.get(hazardId)?.gridId).toBe(`grid-${LUOYANG}-2`);
    await expect(submitPublicReport(deps, input({ location: { lng: 100, lat: 30, crs: 'wgs84' } }))).rejects.toMatchObject({ fields: [{ path: '/location', code: 'outside_district' }] });
  });

  it('refuses bad fields, a filled honeypot and a non-image photo without writing anything', async () => {
    const deps = createInMemoryDeps();
    await expect(submitPublicReport(deps, input({ category: 'ufo', description: '短', reporterPhone: '12345' }))).rejects.toMatchObject({
      fields: [{ path: '/category', code: 'enum' }, { path: '/description', code: 'too_short' }, { path: '/reporterPhone', code: 'mobile_format' }],
    });
    await expect(submitPublicReport(deps, input({ honeypot: 'http://spam' }))).rejects.toMatchObject({ code: 'public_report.automated' });
    await expect(submitPublicReport(deps, input({ photos: [{ bytes: JPEG }, { bytes: new Uint8Array([1, 2, 3]) }] }))).rejects.toMatchObject({ fields: [{ path: '/photos/1', code: 'unsupported_image' }] });
    await expect(submitPublicReport(deps, input({ photos: Array.from({ length: 5 }, () => ({ bytes: JPEG })) }))).rejects.toMatchObject({ fields: [{ path: '/photos', code: 'too_many' }] });
    expect(deps.tables.hazards.size + deps.tables.publicReports.size + deps.tables.photos.size).toBe(0);
  });

  it('limits reports per address per hour and per mobile number per day', async () => {
    const deps = createInMemoryDeps();
    deps.publicReportSettings = { reportsPerHourPerAddress: 2, reportsPerDayPerPhone: 1, duplicateRadiusMetres: 150, duplicateWindowDays: 30, districtCode: null };
    await submitPublicReport(deps, input());
    await submitPublicReport(deps, input({ reporterPhone: '13812345678' }));
    await expect(submitPublicReport(deps, input())).rejects.toMatchObject({ code: 'public_report.too_many_by_address' });
    await expect(submitPublicReport(deps, input({ clientAddress: '198.51.100.1', reporterPhone: '13812345678' }))).rejects.toMatchObject({ code: 'public_report.too_many_by_phone' });
    deps.clock.advance(60 * 60 * 1000);
    await submitPublicReport(deps, input());
    expect(deps.tables.publicReports.size).toBe(3);
  });

  it('answers a retry with the same idempotency key with the same report and a new code; the old code stops working', async () => {
    const deps = createInMemoryDeps();
    const first = await submitPublicReport(deps, input({ idempotencyKey: 'k1', requestHash: 'h' }));
    const again = await submitPublicReport(deps, input({ idempotencyKey: 'k1', requestHash: 'h' }));
    expect(again.reportId).toBe(first.reportId);
    expect(again.trackingCode).not.toBe(first.trackingCode);
    expect(deps.tables.hazards.size).toBe(1);
    await expect(trackPublicReport(deps, first.trackingCode)).rejects.toMatchObject({ code: 'public_report.code_not_found' });
    expect((await trackPublicReport(deps, again.trackingCode)).current).toBe('received');
    await expect(submitPublicReport(deps, input({ idempotencyKey: 'k1', requestHash: 'other' }))).rejects.toMatchObject({ code: 'idempotency.key_reused' });
  });
});

describe('duplicates, follows, merges and tracking', () => {
  it('offers a nearby open report of the same category; following it gives a code that follows the original', async () => {
    const deps = createInMemoryDeps();
    const first = await submitPublicReport(deps, input());
    const nearby = await findNearbyOpenMatters(deps, { category: 'fire_lane_blocked', location: { ...gridPoint(HUTANG, 0), crs: 'wgs84' } });
    expect(nearby).toEqual([expect.objectContaining({ hazardId: first.hazardId, distanceMetres: 0, current: 'received' })]);
    expect(await findNearbyOpenMatters(deps, { category: 'gas', location: { ...gridPoint(HUTANG, 0), crs: 'wgs84' } })).toEqual([]);
    expect(await findNearbyOpenMatters(deps, { category: 'fire_lane_blocked', location: { ...gridPoint(HUTANG, 1), crs: 'wgs84' } })).toEqual([]);
    const follower = await submitPublicReport(deps, input({ followHazardId: first.hazardId, clientAddress: '198.51.100.9' }));
    expect(follower).toMatchObject({ followed: true, hazardId: first.hazardId });
    expect(deps.tables.hazards.size).toBe(1);
    const tracking = await trackPublicReport(deps, follower.trackingCode.toLowerCase());
    expect(tracking).toMatchObject({ merged: true, current: 'received', stages: [{ stage: 'received' }, { stage: 'merged' }] });
  });

  it('merges a duplicate: its reporters follow the original, which counts them; both codes show 已整改销号 after the close', async () => {
    const deps = createInMemoryDeps();
    const town = deps.given.user('town');
    const other = deps.given.user('town', { town: LUOYANG });
    const worker = deps.given.user('grid_worker');
    const first = await submitPublicReport(deps, input({ reporterName: '张三', reporterPhone: '13812345678' }));
    const second = await submitPublicReport(deps, input({ clientAddress: '198.51.100.9', reporterName: '李四' }));
    expect(second.duplicates.map((candidate) => candidate.hazard.id)).toEqual([first.hazardId]);
    await actOnHazard(deps, town, { hazardId: second.hazardId, action: { action: 'dismiss', reason: 'duplicate', duplicateOf: first.hazardId } });
    const reporters = await getHazardReporters(deps, town, first.hazardId);
    expect(reporters).toMatchObject({ reportCount: 2, contactsVisible: true, merged: [{ duplicateId: second.hazardId }] });
    expect(reporters.reports.map((report) => report.reporterName)).toEqual(['张三', '李四']);
    const district = deps.given.user('district');
    expect((await getHazardReporters(deps, district, first.hazardId)).reports.map((report) => [report.reporterName, report.reporterPhone])).toEqual([['张*', '138****5678'], ['李*', null]]);
    await expect(getHazardReporters(deps, other, first.hazardId)).rejects.toMatchObject({ code: 'hazard.not_found' });
    expect((await trackPublicReport(deps, second.trackingCode)).stages.map((stage) => stage.stage)).toEqual(['received', 'merged']);
    await actOnHazard(deps, town, { hazardId: first.hazardId, action: { action: 'assign', assigneeId: worker.userId } });
    await actOnHazard(deps, worker, { hazardId: first.hazardId, action: { action: 'submit', photoIds: [deps.given.photo(worker).id] } });
    await actOnHazard(deps, town, { hazardId: first.hazardId, action: { action: 'close', photoIds: [deps.given.photo(town).id] } });
    for (const code of [first.trackingCode, second.trackingCode]) {
      const tracking = await trackPublicReport(deps, code);
      expect(tracking.current).toBe('closed');
      expect(JSON.stringify(tracking)).not.toMatch(/张|李|town|worker/);
    }
    expect((await trackPublicReport(deps, first.trackingCode)).stages.map((stage) => stage.stage)).toEqual(['received', 'assigned', 'closed']);
  });

  it('shows 不予受理 with the public reason code, and refuses unknown codes alike whatever their shape', async () => {
    const deps = createInMemoryDeps();
    const town = deps.given.user('town');
    const report = await submitPublicReport(deps, input());
    await actOnHazard(deps, town, { hazardId: report.hazardId, action: { action: 'dismiss', reason: 'not_true', note: '王科长现场核查' } });
    const tracking = await trackPublicReport(deps, report.trackingCode);
    expect(tracking).toMatchObject({ current: 'dismissed', stages: [{ stage: 'received' }, { stage: 'dismissed', reason: 'not_true' }] });
    expect(JSON.stringify(tracking)).not.toContain('王');
    for (const code of ['', 'ABCD', '0000-0000-0000-0000']) await expect(trackPublicReport(deps, code)).rejects.toMatchObject({ code: 'public_report.code_not_found' });
  });
});
