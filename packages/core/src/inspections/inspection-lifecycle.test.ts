import { describe, expect, it } from 'vitest';
import { currentBuiltInChecklistId } from '../checklists/built-in-checklists.js';
import { installBuiltInChecklists } from '../checklists/install-built-in-checklists.js';
import { createInMemoryDeps, HUTANG, LUOYANG } from '../testing/in-memory-deps.js';
import { answerInspection } from './answer-inspection.js';
import { cancelInspection } from './cancel-inspection.js';
import { finishInspection } from './finish-inspection.js';
import { getInspection } from './read-inspections.js';
import { startInspection } from './start-inspection.js';

const DUST = currentBuiltInChecklistId('dust-gb15577');
const GM10 = currentBuiltInChecklistId('major-hazard-gm10');

async function setUp() {
  const deps = createInMemoryDeps();
  await installBuiltInChecklists(deps);
  const unit = deps.given.unit({ riskTags: ['dust'], dustKind: 'wood' });
  const worker = deps.given.user('grid_worker');
  const here = { ...unit.location, crs: 'wgs84' as const };
  return { deps, unit, worker, here };
}

type Setup = Awaited<ReturnType<typeof setUp>>;

async function answeredInspection({ deps, unit, worker, here }: Setup, failing: Record<string, object> = {}) {
  const inspection = await startInspection(deps, worker, { unitId: unit.id, checklistId: DUST, location: here });
  await answerInspection(deps, worker, {
    inspectionId: inspection.id,
    answers: inspection.itemIds.map((itemId) => (failing[itemId] ? { itemId, result: 'fail' as const, ...failing[itemId] } : { itemId, result: 'pass' as const })),
  });
  return inspection;
}

describe('inspections', () => {
  it('records the distance to the unit and needs a reason to start far away', async () => {
    const setup = await setUp();
    const { deps, unit, worker } = setup;
    const far = { lng: unit.location.lng + 0.01, lat: unit.location.lat, crs: 'wgs84' as const };
    await expect(startInspection(deps, worker, { unitId: unit.id, checklistId: DUST, location: far })).rejects.toMatchObject({
      fields: [{ path: '/farReason', code: 'required_when_far', params: { max: 500 } }],
    });
    expect(deps.tables.inspections.size).toBe(0);
    const started = await startInspection(deps, worker, { unitId: unit.id, checklistId: DUST, location: far, farReason: '厂区大门在北侧1公里处' });
    expect(started.distanceMetres).toBeGreaterThan(900);
    expect(started).toMatchObject({ status: 'in_progress', kind: 'supervision', checklistVersion: 2, farReason: '厂区大门在北侧1公里处' });
    expect(started.itemIds).not.toContain('DUST-B7');
    expect(started.itemIds).toContain('DUST-D4');
  });

  it('refuses 第10号令 on a gas user and a checklist that does not fit the unit', async () => {
    const { deps, worker } = await setUp();
    const restaurant = deps.given.unit({ kind: 'gas_user', sector: 'town_gas', riskTags: ['gas_use'] });
    const here = { ...restaurant.location, crs: 'wgs84' as const };
    await expect(startInspection(deps, worker, { unitId: restaurant.id, checklistId: GM10, location: here })).rejects.toMatchObject({
      fields: [{ path: '/checklistId', code: 'checklist_excluded_sector' }],
    });
    await expect(startInspection(deps, worker, { unitId: restaurant.id, checklistId: DUST, location: here })).rejects.toMatchObject({
      fields: [{ path: '/checklistId', code: 'checklist_not_applicable' }],
    });
  });

  it('turns each failed item into a hazard with the item’s level and legal basis, in the same transaction', async () => {
    const setup = await setUp();
    const { deps, worker, unit } = setup;
    const photo = deps.given.photo(worker);
    const inspection = await answeredInspection(setup, { 'DUST-C3': { note: '布袋除尘器未设泄爆片', photoIds: [photo.id] }, 'DUST-E1': {} });
    const signature = deps.given.photo(worker);
    const { inspection: finished, hazardIds } = await finishInspection(deps, worker, { inspectionId: inspection.id, signedBy: '王强', signaturePhotoId: signature.id });
    expect(hazardIds).toHaveLength(2);
    expect(finished).toMatchObject({ status: 'finished', failedItems: 2, signedBy: '王强' });
    const [major, general] = hazardIds.map((id) => deps.tables.hazards.get(id));
    expect(major).toMatchObject({
      unitId: unit.id, source: 'inspection', level: 'major', category: 'dust_explosion', status: 'reported', description: '布袋除尘器未设泄爆片',
      // Titled with the finding; the item's code and requirement lead the legal basis (ADR 0072).
      title: '干式除尘系统未采取泄爆、惰化、抑爆中的任何一种控爆措施',
      legalBasis: '检查项 DUST-C3：干式除尘器采取泄爆、惰化、抑爆中的至少一种控爆措施；依据：《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（三）项',
      photoIds: [photo.id],
    });
    // Without a note of the inspector's own, the finding describes the hazard too.
    expect(general).toMatchObject({ level: 'general', title: '未制定粉尘清理制度或无清理记录', description: '未制定粉尘清理制度或无清理记录', legalBasis: expect.stringContaining('应急管理部令第6号') });
    const report = deps.tables.hazardEvents.find((event) => event.hazardId === major?.id);
    expect(report).toMatchObject({ action: 'report', details: { inspectionId: inspection.id, itemId: 'DUST-C3', checklistCode: 'dust-gb15577' } });
    expect(finished.answers.find((answer) => answer.itemId === 'DUST-C3')?.hazardId).toBe(major?.id);
    expect(deps.tables.unitRisks.get(unit.id)?.reasons.map((reason) => reason.code)).toContain('open_major_hazards');
  });

  it('closes an item fixed on the spot (立查立改) at once with its evidence, but never a major one', async () => {
    const setup = await setUp();
    const { deps, worker } = setup;
    const evidence = deps.given.photo(worker);
    const inspection = await answeredInspection(setup, { 'DUST-E2': { fixedOnSite: { evidencePhotoIds: [evidence.id] } }, 'DUST-A8': { fixedOnSite: { evidencePhotoIds: [evidence.id], note: '已张贴警示标志' } } });
    const signature = deps.given.photo(worker);
    await expect(finishInspection(deps, worker, { inspectionId: inspection.id, signedBy: '王强', signaturePhotoId: signature.id })).rejects.toMatchObject({
      fields: [{ path: '/answers/DUST-E2/fixedOnSite', code: 'major_not_fixable_on_site' }],
    });
    expect(deps.tables.hazards.size).toBe(0);
    await answerInspection(deps, worker, { inspectionId: inspection.id, answers: [{ itemId: 'DUST-E2', result: 'fail', note: '积尘严重' }] });
    const { hazardIds } = await finishInspection(deps, worker, { inspectionId: inspection.id, signedBy: '王强', signaturePhotoId: signature.id });
    const fixed = hazardIds.map((id) => deps.tables.hazards.get(id)).find((hazard) => hazard?.title === '粉尘爆炸危险场所未设置安全警示标志');
    expect(fixed).toMatchObject({ status: 'closed', level: 'general', submittedBy: worker.userId });
    const events = deps.tables.hazardEvents.filter((event) => event.hazardId === fixed?.id);
    expect(events.map((event) => event.action)).toEqual(['report', 'assign', 'submit', 'close']);
    expect(events[2]).toMatchObject({ photoIds: [evidence.id], note: '已张贴警示标志' });
  });

  it('names every unanswered item and writes nothing when finishing too early', async () => {
    const { deps, unit, worker, here } = await setUp();
    const inspection = await startInspection(deps, worker, { unitId: unit.id, checklistId: DUST, location: here });
    await answerInspection(deps, worker, { inspectionId: inspection.id, answers: [{ itemId: 'DUST-A1', result: 'fail' }] });
    const signature = deps.given.photo(worker);
    const refused = finishInspection(deps, worker, { inspectionId: inspection.id, signedBy: '王强', signaturePhotoId: signature.id });
    await expect(refused).rejects.toMatchObject({ code: 'request.invalid' });
    const error = (await refused.catch((caught: unknown) => caught)) as { fields: { path: string }[] };
    expect(error.fields.map((field) => field.path)).toHaveLength(inspection.itemIds.length - 1);
    expect(deps.tables.hazards.size).toBe(0);
    expect(deps.tables.inspections.get(inspection.id)?.status).toBe('in_progress');
  });

  it('refuses answers to items that do not apply, and photos the inspector did not take', async () => {
    const { deps, unit, worker, here } = await setUp();
    const inspection = await startInspection(deps, worker, { unitId: unit.id, checklistId: DUST, location: here });
    const someoneElse = deps.given.photo(deps.given.user('town'));
    await expect(answerInspection(deps, worker, {
      inspectionId: inspection.id,
      answers: [{ itemId: 'DUST-B7', result: 'pass' }, { itemId: 'DUST-A1', result: 'pass', photoIds: [someoneElse.id] }, { itemId: 'DUST-A2', result: 'pass', fixedOnSite: { evidencePhotoIds: [] } }],
    })).rejects.toMatchObject({
      fields: [
        { path: '/answers/0/itemId', code: 'not_applicable' }, { path: '/answers/1/photoIds/0', code: 'not_found' },
        { path: '/answers/2/fixedOnSite', code: 'only_when_failed' }, { path: '/answers/2/fixedOnSite/evidencePhotoIds', code: 'required' },
      ],
    });
  });

  it('lets only the inspector act, only while in progress, and hides another town’s inspection', async () => {
    const setup = await setUp();
    const { deps, worker } = setup;
    const inspection = await answeredInspection(setup);
    const colleague = deps.given.user('town');
    await expect(cancelInspection(deps, colleague, { inspectionId: inspection.id })).rejects.toMatchObject({ code: 'inspection.not_inspector' });
    await expect(getInspection(deps, deps.given.user('town', { town: LUOYANG }), inspection.id)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(getInspection(deps, deps.given.user('town', { town: HUTANG }), inspection.id)).resolves.toMatchObject({ id: inspection.id });
    const signature = deps.given.photo(worker);
    await finishInspection(deps, worker, { inspectionId: inspection.id, signedBy: '王强', signaturePhotoId: signature.id });
    await expect(finishInspection(deps, worker, { inspectionId: inspection.id, signedBy: '王强', signaturePhotoId: signature.id })).rejects.toMatchObject({ code: 'inspection.action_not_allowed' });
    await expect(answerInspection(deps, worker, { inspectionId: inspection.id, answers: [] })).rejects.toMatchObject({ code: 'inspection.action_not_allowed' });
  });

  it('marks an enterprise’s own inspection as a self-inspection whose findings are self-checks', async () => {
    const setup = await setUp();
    const { deps, unit, here } = setup;
    const officer = deps.given.user('enterprise', { scope: { regionCode: '320412', gridIds: [], sectors: [], unitId: unit.id } });
    const inspection = await startInspection(deps, officer, { unitId: unit.id, checklistId: DUST, location: here });
    expect(inspection.kind).toBe('self_inspection');
    await answerInspection(deps, officer, { inspectionId: inspection.id, answers: inspection.itemIds.map((itemId) => ({ itemId, result: itemId === 'DUST-A6' ? 'fail' as const : 'na' as const })) });
    const { hazardIds } = await finishInspection(deps, officer, { inspectionId: inspection.id, signedBy: '李四', signaturePhotoId: deps.given.photo(officer).id });
    expect(deps.tables.hazards.get(hazardIds[0] ?? '')).toMatchObject({ source: 'self_check', unitId: unit.id });
  });
});
