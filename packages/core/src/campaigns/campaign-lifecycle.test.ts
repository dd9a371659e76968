import { describe, expect, it } from 'vitest';
import { currentBuiltInChecklistId } from '../checklists/built-in-checklists.js';
import { installBuiltInChecklists } from '../checklists/install-built-in-checklists.js';
import { answerInspection } from '../inspections/answer-inspection.js';
import { finishInspection } from '../inspections/finish-inspection.js';
import { startInspection } from '../inspections/start-inspection.js';
import { createInMemoryDeps, LUOYANG } from '../testing/in-memory-deps.js';
import { createCampaign } from './create-campaign.js';
import { getCampaignReport } from './get-campaign-report.js';
import { countCampaignUnits, getCampaign, getCampaignCoverage, listCampaignUnits, listCampaigns } from './read-campaigns.js';

const DUST = currentBuiltInChecklistId('dust-gb15577');
const scope = { kinds: [], sectors: [], tags: ['dust' as const], regionCodes: [] };

async function setUp() {
  const deps = createInMemoryDeps();
  await installBuiltInChecklists(deps);
  const hutangDust = deps.given.unit({ riskTags: ['dust'], dustKind: 'metal', name: '湖塘五金' });
  const luoyangDust = deps.given.unit({ riskTags: ['dust'], dustKind: 'wood', name: '洛阳木业', town: LUOYANG });
  deps.given.unit({ name: '无粉尘企业' });
  deps.given.unit({ riskTags: ['dust'], dustKind: 'wood', name: '已关停', status: 'closed' });
  const district = deps.given.user('district');
  const campaign = await createCampaign(deps, district, {
    name: '粉尘涉爆专项整治“百日攻坚”', startsOn: '2026-02-01', endsOn: '2026-05-11', scope, checklistId: DUST, target: { coverage: 100, rectification: 100 },
  });
  return { deps, district, campaign, hutangDust, luoyangDust };
}

describe('campaigns', () => {
  it('covers every dust unit, counts a finished campaign inspection and lists the rest', async () => {
    const { deps, district, campaign, hutangDust, luoyangDust } = await setUp();
    const worker = deps.given.user('grid_worker');
    const inspection = await startInspection(deps, worker, { unitId: hutangDust.id, checklistId: DUST, campaignId: campaign.id, location: { ...hutangDust.location, crs: 'wgs84' } });
    await answerInspection(deps, worker, { inspectionId: inspection.id, answers: inspection.itemIds.map((itemId) => ({ itemId, result: itemId === 'DUST-C3' ? 'fail' as const : 'pass' as const })) });
    const { hazardIds } = await finishInspection(deps, worker, { inspectionId: inspection.id, signedBy: '王强', signaturePhotoId: deps.given.photo(worker).id });
    expect(deps.tables.hazards.get(hazardIds[0] ?? '')?.source).toBe('campaign');

    const view = await getCampaignCoverage(deps, district, campaign.id);
    expect(view.coverage).toMatchObject({ inScope: 2, inspected: 1, notInspected: 1, rate: 0.5 });
    expect(view.hazards).toMatchObject({ found: 1, closed: 0, major: 1 });
    const rest = await listCampaignUnits(deps, district, { campaignId: campaign.id, page: { limit: 10 } });
    expect(rest.items.map((entry) => entry.unit.id)).toEqual([luoyangDust.id]);
    expect(await countCampaignUnits(deps, district, { campaignId: campaign.id })).toEqual({ total: 1, capped: false });
    expect(await countCampaignUnits(deps, district, { campaignId: campaign.id, state: 'all' })).toEqual({ total: 2, capped: false });
    const report = await getCampaignReport(deps, district, campaign.id);
    expect(report.topFailedItems).toEqual([{ itemId: 'DUST-C3', text: expect.stringContaining('控爆'), count: 1, major: 1 }]);
    expect(report.progress.at(-1)).toMatchObject({ date: '2026-03-02', cumulativeInspected: 1, cumulativeFound: 1 });
  });

  it('narrows coverage rows to the caller’s town', async () => {
    const { deps, campaign } = await setUp();
    const luoyang = deps.given.user('town', { town: LUOYANG });
    const view = await getCampaignCoverage(deps, luoyang, campaign.id);
    expect(view.coverage).toMatchObject({ inScope: 1, byTown: [expect.objectContaining({ townCode: LUOYANG })] });
  });

  it('refuses an inspection for a campaign the unit is not in, or with another checklist', async () => {
    const { deps, campaign } = await setUp();
    const worker = deps.given.user('grid_worker');
    const plain = deps.given.unit({ name: '普通企业' });
    await expect(startInspection(deps, worker, { unitId: plain.id, checklistId: currentBuiltInChecklistId('major-hazard-gm10'), campaignId: campaign.id, location: { ...plain.location, crs: 'wgs84' } }))
      .rejects.toMatchObject({ fields: [{ path: '/campaignId', code: 'unit_not_in_campaign' }] });
  });

  it('keeps a town’s own campaign inside its town: refused outside, unseen by other towns', async () => {
    const { deps } = await setUp();
    const hutang = deps.given.user('town');
    await expect(createCampaign(deps, hutang, { name: '越界', startsOn: '2026-03-01', endsOn: '2026-03-31', scope: { ...scope, regionCodes: [LUOYANG] }, checklistId: DUST, target: { coverage: 100, rectification: null } }))
      .rejects.toMatchObject({ fields: [{ path: '/scope/regionCodes/0', code: 'not_found' }] });
    const own = await createCampaign(deps, hutang, { name: '湖塘镇涉粉企业回头看', startsOn: '2026-03-10', endsOn: '2026-04-10', scope, checklistId: DUST, target: { coverage: 100, rectification: null } });
    expect(own.scope.regionCodes).toEqual(['320412100']);
    const luoyang = deps.given.user('town', { town: LUOYANG });
    await expect(getCampaign(deps, luoyang, own.id)).rejects.toMatchObject({ kind: 'not_found' });
    expect((await listCampaigns(deps, luoyang)).map((view) => view.campaign.name)).toEqual(['粉尘涉爆专项整治“百日攻坚”']);
    expect((await listCampaigns(deps, deps.given.user('district'))).map((view) => view.phase)).toEqual(['planned', 'active']);
  });

  it('refuses a period that ends before it starts and campaigns by grid workers', async () => {
    const { deps } = await setUp();
    await expect(createCampaign(deps, deps.given.user('district'), { name: 'x', startsOn: '2026-03-01', endsOn: '2026-02-01', scope, checklistId: DUST, target: { coverage: 100, rectification: null } }))
      .rejects.toMatchObject({ fields: [{ path: '/endsOn', code: 'before_start' }] });
    await expect(createCampaign(deps, deps.given.user('grid_worker'), { name: 'x', startsOn: '2026-03-01', endsOn: '2026-04-01', scope, checklistId: DUST, target: { coverage: 100, rectification: null } }))
      .rejects.toMatchObject({ code: 'campaign.manage_refused' });
  });
});
