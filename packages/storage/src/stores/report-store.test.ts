import type { ScopeFilter, StoredReport } from '@safegrid/core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DISTRICT, HUTANG, LUOYANG, testId } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

const district: ScopeFilter = { districtCode: DISTRICT };
const town = (code: string): ScopeFilter => ({ districtCode: DISTRICT, regionCode: code });

function reportOf(regionCode: string, overrides: Partial<StoredReport> = {}): StoredReport {
  return {
    id: testId(), districtCode: DISTRICT, regionCode, regionName: regionCode === DISTRICT ? '武进区' : '湖塘镇', kind: 'weekly', periodKey: '2026-03-02',
    firstDay: '2026-03-02', lastDay: '2026-03-08', trigger: 'schedule', pdfSize: 5, pdfSha256: 'p', xlsxSize: 3, xlsxSha256: 'x',
    generatedBy: null, generatedByName: '系统定时生成', generatedAt: '2026-03-09T00:00:00.000Z', ...overrides,
  };
}

describeEachStoreTarget('report store (通报)', (target) => {
  let stores: TestStores;
  beforeEach(async () => {
    stores = await openTestStores(target);
  });
  afterEach(async () => stores.dispose());

  it('keeps both files byte for byte and shows a town only its own reports, the district all', async () => {
    const { reports } = stores.stores;
    const whole = reportOf(DISTRICT);
    const hutang = reportOf(HUTANG);
    const luoyang = reportOf(LUOYANG, { trigger: 'demand', generatedBy: 'u1', generatedByName: '张敏' });
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00]);
    for (const report of [whole, hutang, luoyang]) await reports.insert(report, { pdf, xlsx: new Uint8Array([1, 2, 255]) });

    expect(await reports.findById(hutang.id, district)).toEqual(hutang);
    expect(await reports.findById(luoyang.id, town(LUOYANG))).toEqual(luoyang);
    expect(await reports.findById(hutang.id, town(LUOYANG))).toBeUndefined();
    expect(await reports.findById(whole.id, town(HUTANG))).toBeUndefined();
    expect(await reports.findById(hutang.id, { districtCode: DISTRICT, gridIds: ['g'] })).toBeUndefined();
    expect(await reports.findById(hutang.id, { districtCode: '320411' })).toBeUndefined();

    expect((await reports.list(district, 10)).map((report) => report.id).sort()).toEqual([whole.id, hutang.id, luoyang.id].sort());
    expect((await reports.list(town(HUTANG), 10)).map((report) => report.id)).toEqual([hutang.id]);
    expect(await reports.list(district, 2)).toHaveLength(2);

    expect(await reports.readFile(hutang, 'pdf')).toEqual(pdf);
    expect(await reports.readFile(hutang, 'xlsx')).toEqual(new Uint8Array([1, 2, 255]));
    expect(await reports.readFile({ districtCode: '320411', id: hutang.id }, 'pdf')).toBeUndefined();
  });

  it('finds the scheduled report of a region and period, and refuses a second one; reports on demand may repeat', async () => {
    const { reports } = stores.stores;
    const files = { pdf: new Uint8Array([1]), xlsx: new Uint8Array([2]) };
    const scheduled = reportOf(HUTANG);
    await reports.insert(scheduled, files);
    await reports.insert(reportOf(HUTANG, { trigger: 'demand' }), files);
    await reports.insert(reportOf(HUTANG, { trigger: 'demand' }), files);
    expect(await reports.findScheduled(DISTRICT, HUTANG, 'weekly', '2026-03-02')).toEqual(scheduled);
    expect(await reports.findScheduled(DISTRICT, HUTANG, 'monthly', '2026-03-02')).toBeUndefined();
    expect(await reports.findScheduled(DISTRICT, LUOYANG, 'weekly', '2026-03-02')).toBeUndefined();
    await expect(reports.insert(reportOf(HUTANG), files)).rejects.toThrow();
    expect(await reports.list(town(HUTANG), 10)).toHaveLength(3);
  });
});
