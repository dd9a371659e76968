import { BUILT_IN_CHECKLISTS, builtInChecklistId, type ChecklistItem, type ChecklistTemplate, type Grid, type Inspection } from '@safegrid/core';
import { expect, it } from 'vitest';
import { createBulkLoader } from '../bulk-load.js';
import { migrateToLatest } from '../database.js';
import { toHazardRow } from '../stores/hazard-rows.js';
import { toUnitRow } from '../stores/unit-rows.js';
import { buildHazard, buildUnit, DISTRICT, smallWorld, testId } from '../testing/fixtures.js';
import { describeEachDialect, openTestDatabase } from '../testing/test-database.js';

const DUST = BUILT_IN_CHECKLISTS.find((template) => template.code === 'dust-gb15577');
if (!DUST) throw new Error('dust-gb15577 missing');
// Version 1 as it was stored: the same codes and requirements, no findings.
const withoutFindings = (items: readonly ChecklistItem[]) => items.map(({ finding: _finding, ...rest }) => rest) as unknown as ChecklistItem[];
const DUST_V1: ChecklistTemplate = { ...DUST, id: builtInChecklistId('dust-gb15577', 1), version: 1, items: withoutFindings(DUST.items) };
const OWN: ChecklistTemplate = {
  ...DUST_V1, id: testId(), districtCode: DISTRICT, code: 'wj-dust', basedOnId: DUST_V1.id, createdBy: 'u1',
  items: withoutFindings([{ ...(DUST.items[0] as ChecklistItem), id: 'WJ-01', text: '除尘器设在室外' }]),
};
const C3 = DUST.items.find((item) => item.id === 'DUST-C3') as ChecklistItem;
const A8 = DUST.items.find((item) => item.id === 'DUST-A8') as ChecklistItem;
const GM10_11_3 = '《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（三）项';

describeEachDialect('migration 20261208T0600: hazards from checklist items read as findings', (dialect) => {
  it(`rewrites generated titles and legal bases, leaves titles people wrote [${dialect}]`, async () => {
    const old = await openTestDatabase(dialect, { migrateUpTo: '20261207T1200-fold-overdue-counts' });
    try {
      const world = smallWorld();
      const loader = createBulkLoader(old);
      await loader.regions(world.regions, world.grids);
      const grid = world.grids[0] as Grid;
      const unit = buildUnit(grid, { riskTags: ['dust'] });
      // The units table of that schema has no sub-industry yet.
      const { subIndustry: _subIndustry, ...oldRow } = toUnitRow(unit);
      await old.db.insertInto('units').values(oldRow).execute();
      await loader.checklists([DUST_V1, OWN]);
      const generated = buildHazard(grid, { unitId: unit.id, level: 'major', title: `DUST-C3 ${C3.text}`, description: C3.text, legalBasis: GM10_11_3 });
      const noted = buildHazard(grid, { unitId: unit.id, title: `DUST-A8 ${A8.text}`, description: '车间门口无警示牌', legalBasis: null });
      const retitled = buildHazard(grid, { unitId: unit.id, title: '二车间除尘器泄爆片缺失', description: C3.text, legalBasis: GM10_11_3 });
      const own = buildHazard(grid, { unitId: unit.id, title: 'WJ-01 除尘器设在室外', description: '除尘器设在室外', legalBasis: 'GB 15577-2018《粉尘防爆安全规程》第5.3条' });
      // Nor has its hazards table the equipment link (20261209T0410).
      await old.db.insertInto('hazards').values([generated, noted, retitled, own].map((hazard) => {
        const { equipmentId: _equipmentId, ...row } = toHazardRow(hazard);
        return row;
      })).execute();
      const inspection = (template: ChecklistTemplate, itemIds: string[]): Inspection => ({
        id: testId(), districtCode: DISTRICT, townCode: unit.townCode, villageCode: unit.villageCode, gridId: unit.gridId, sector: unit.sector,
        unitId: unit.id, checklistId: template.id, checklistCode: template.code, checklistVersion: 1, campaignId: null, kind: 'supervision',
        status: 'finished', inspectorId: 'u1', inspectorName: '网格员', startedAt: '2026-02-10T01:00:00.000Z', location: unit.location, distanceMetres: 0,
        farReason: null, itemIds, answers: [], finishedAt: '2026-02-10T02:00:00.000Z', signedBy: '王强', signaturePhotoId: null, failedItems: itemIds.length,
        updatedAt: '2026-02-10T02:00:00.000Z', version: 3,
      });
      const builtInVisit = inspection(DUST_V1, ['DUST-C3', 'DUST-A8']);
      const secondVisit = inspection(DUST_V1, ['DUST-C3']);
      const ownVisit = inspection(OWN, ['WJ-01']);
      const link = (visit: Inspection, itemId: string, hazardId: string) => ({ inspectionId: visit.id, itemId, hazardId, campaignId: null, districtCode: DISTRICT });
      await loader.inspections([builtInVisit, secondVisit, ownVisit], [
        link(builtInVisit, 'DUST-C3', generated.id), link(builtInVisit, 'DUST-A8', noted.id), link(secondVisit, 'DUST-C3', retitled.id), link(ownVisit, 'WJ-01', own.id),
      ]);

      await migrateToLatest(old);
      const rows = await old.db.selectFrom('hazards').select(['id', 'title', 'description', 'legalBasis']).execute();
      const byId = new Map(rows.map((row) => [row.id, row]));
      expect(byId.get(generated.id)).toMatchObject({
        title: C3.finding, description: C3.finding, legalBasis: `检查项 DUST-C3：${C3.text}；依据：${GM10_11_3}`,
      });
      expect(byId.get(noted.id)).toMatchObject({ title: A8.finding, description: '车间门口无警示牌', legalBasis: `检查项 DUST-A8：${A8.text}` });
      expect(byId.get(retitled.id)).toMatchObject({ title: '二车间除尘器泄爆片缺失', description: C3.text, legalBasis: GM10_11_3 });
      expect(byId.get(own.id)).toMatchObject({ title: '未做到：除尘器设在室外', legalBasis: '检查项 WJ-01：除尘器设在室外；依据：GB 15577-2018《粉尘防爆安全规程》第5.3条' });
    } finally {
      await old.dispose();
    }
  });
});
