import { describe, expect, it } from 'vitest';
import { answerInspection } from '../inspections/answer-inspection.js';
import { finishInspection } from '../inspections/finish-inspection.js';
import { startInspection } from '../inspections/start-inspection.js';
import { createInMemoryDeps } from '../testing/in-memory-deps.js';
import { currentBuiltInChecklistId } from './built-in-checklists.js';
import type { ChecklistItem } from './checklist.js';
import { copyChecklist } from './copy-checklist.js';
import { installBuiltInChecklists } from './install-built-in-checklists.js';
import { listChecklistVersions } from './read-checklists.js';
import { reviseChecklist } from './revise-checklist.js';

const GAS = currentBuiltInChecklistId('gas-user');

async function setUp() {
  const deps = createInMemoryDeps();
  await installBuiltInChecklists(deps);
  const district = deps.given.user('district');
  return { deps, district };
}

const revision = (items: readonly ChecklistItem[]) => ({
  name: '燃气用户安全检查表（武进版）', description: '增加一项', appliesTo: { kinds: [], sectors: [], tags: ['gas_use' as const], dustKinds: [] },
  excludedSectors: [], items,
});

describe('checklist versioning', () => {
  it('copies a built-in into version 1 of a district template that remembers its source', async () => {
    const { deps, district } = await setUp();
    const copy = await copyChecklist(deps, district, { checklistId: GAS, code: 'wj-gas-user' });
    expect(copy).toMatchObject({ districtCode: '320412', code: 'wj-gas-user', version: 1, status: 'active', basedOnId: GAS, createdBy: district.userId });
    expect(copy.items).toEqual(deps.tables.checklists.get(GAS)?.items);
    await expect(copyChecklist(deps, district, { checklistId: GAS, code: 'wj-gas-user' })).rejects.toMatchObject({ code: 'checklist.duplicate_code' });
    await expect(copyChecklist(deps, district, { checklistId: GAS, code: 'gas-user' })).rejects.toMatchObject({ fields: [{ path: '/code', code: 'reserved' }] });
  });

  it('makes editing a new version and supersedes the old one, which stays unchanged', async () => {
    const { deps, district } = await setUp();
    const v1 = await copyChecklist(deps, district, { checklistId: GAS, code: 'wj-gas-user' });
    const extra: ChecklistItem = { ...v1.items[0] as ChecklistItem, id: 'WJ-01', text: '燃气管道穿越卧室的已整改' };
    const v2 = await reviseChecklist(deps, district, { checklistId: v1.id, ...revision([...v1.items, extra]) });
    expect(v2).toMatchObject({ code: 'wj-gas-user', version: 2, status: 'active', basedOnId: v1.id });
    expect(v2.items).toHaveLength(v1.items.length + 1);
    expect(deps.tables.checklists.get(v1.id)).toEqual({ ...v1, status: 'superseded' });
    expect((await listChecklistVersions(deps, district, v2.id)).map((version) => version.version)).toEqual([2, 1]);
    await expect(reviseChecklist(deps, district, { checklistId: v1.id, ...revision(v1.items) })).rejects.toMatchObject({ code: 'checklist.superseded' });
  });

  it('refuses editing a built-in and lets only the district office manage templates', async () => {
    const { deps, district } = await setUp();
    const builtIn = deps.tables.checklists.get(GAS);
    await expect(reviseChecklist(deps, district, { checklistId: GAS, ...revision(builtIn?.items ?? []) })).rejects.toMatchObject({ code: 'checklist.built_in_read_only' });
    await expect(copyChecklist(deps, deps.given.user('town'), { checklistId: GAS, code: 'hutang-gas' })).rejects.toMatchObject({ code: 'checklist.manage_refused' });
    await expect(reviseChecklist(deps, district, { checklistId: GAS, ...revision([]) })).rejects.toMatchObject({ fields: [{ path: '/items', code: 'required' }] });
  });

  it('keeps an inspection on the version it started with after the template is edited', async () => {
    const { deps, district } = await setUp();
    const v1 = await copyChecklist(deps, district, { checklistId: GAS, code: 'wj-gas-user' });
    const restaurant = deps.given.unit({ kind: 'gas_user', sector: 'town_gas', riskTags: ['gas_use'] });
    const worker = deps.given.user('grid_worker');
    const inspection = await startInspection(deps, worker, { unitId: restaurant.id, checklistId: v1.id, location: { ...restaurant.location, crs: 'wgs84' } });
    const changed = v1.items.map((item, index) => (index === 0 ? { ...item, text: '改写后的第一项', hazardLevel: 'major' as const } : item));
    await reviseChecklist(deps, district, { checklistId: v1.id, ...revision(changed) });
    await answerInspection(deps, worker, { inspectionId: inspection.id, answers: inspection.itemIds.map((itemId, index) => ({ itemId, result: index === 0 ? 'fail' : 'pass' })) });
    const signature = deps.given.photo(worker);
    const { hazardIds } = await finishInspection(deps, worker, { inspectionId: inspection.id, signedBy: '店主', signaturePhotoId: signature.id });
    const hazard = deps.tables.hazards.get(hazardIds[0] ?? '');
    expect(hazard).toMatchObject({ level: 'general', title: v1.items[0]?.finding, description: v1.items[0]?.finding });
    expect(deps.tables.inspections.get(inspection.id)).toMatchObject({ checklistId: v1.id, checklistVersion: 1 });
  });
});
