import { describe, expect, it } from 'vitest';
import { answerInspection } from '../inspections/answer-inspection.js';
import { finishInspection } from '../inspections/finish-inspection.js';
import { startInspection } from '../inspections/start-inspection.js';
import { createInMemoryDeps } from '../testing/in-memory-deps.js';
import { UNIT_KIND_SECTOR, UNIT_KINDS, type RiskTag, type UnitKind } from '../units/unit-catalog.js';
import { BUILT_IN_CHECKLISTS } from './built-in-checklists.js';
import { templateRefusal } from './checklist-applicability.js';
import type { ChecklistItem } from './checklist.js';
import { createChecklist, type CreateChecklistInput } from './create-checklist.js';
import { installBuiltInChecklists } from './install-built-in-checklists.js';
import { listChecklistVersions } from './read-checklists.js';
import { reviseChecklist } from './revise-checklist.js';

const ANY = { kinds: [], sectors: [], tags: [], dustKinds: [] };
const item = (id: string, overrides: Partial<ChecklistItem> = {}): ChecklistItem => ({
  id, section: '仓储', text: '库房内不住人', finding: '库房内违规住人', legalBasis: [{ regulation: '《仓库防火安全管理规则》', article: '第四十条' }],
  hazardLevel: 'general', category: 'occupancy', appliesTo: ANY, ...overrides,
});
const input = (overrides: Partial<CreateChecklistInput> = {}): CreateChecklistInput => ({
  code: 'wj-warehouse', name: '武进区仓储场所检查表', description: ' 区安委办编制 ', appliesTo: { ...ANY, kinds: ['logistics'] }, excludedSectors: [],
  items: [item('WH-01'), item('WH-02', { text: ' 堆垛留出主通道 ', finding: ' 堆垛堵塞主通道 ', hazardLevel: 'major', category: 'fire_lane' })], ...overrides,
});

describe('creating a checklist from nothing', () => {
  it('writes version 1 of a district template whose failures read as its findings', async () => {
    const deps = createInMemoryDeps();
    const district = deps.given.user('district');
    const created = await createChecklist(deps, district, input());
    expect(created).toMatchObject({ districtCode: district.districtCode, code: 'wj-warehouse', version: 1, status: 'active', basedOnId: null, description: '区安委办编制' });
    expect(created.items[1]).toMatchObject({ text: '堆垛留出主通道', finding: '堆垛堵塞主通道', hazardLevel: 'major' });
    const next = await reviseChecklist(deps, district, { checklistId: created.id, ...input(), items: created.items.slice(0, 1) });
    expect((await listChecklistVersions(deps, district, next.id)).map((version) => [version.version, version.status])).toEqual([[2, 'active'], [1, 'superseded']]);

    const warehouse = deps.given.unit({ kind: 'logistics', sector: 'road_transport' });
    const worker = deps.given.user('grid_worker');
    const inspection = await startInspection(deps, worker, { unitId: warehouse.id, checklistId: next.id, location: { ...warehouse.location, crs: 'wgs84' } });
    await answerInspection(deps, worker, { inspectionId: inspection.id, answers: [{ itemId: 'WH-01', result: 'fail', note: '二楼库房有两张床' }] });
    const { hazardIds } = await finishInspection(deps, worker, { inspectionId: inspection.id, signedBy: '仓库主管', signaturePhotoId: deps.given.photo(worker).id });
    expect(deps.tables.hazards.get(hazardIds[0] ?? '')).toMatchObject({
      title: '库房内违规住人', description: '二楼库房有两张床', legalBasis: '检查项 WH-01：库房内不住人；依据：《仓库防火安全管理规则》第四十条',
    });
  });

  it('names every bad field, refuses towns and taken codes, and writes nothing', async () => {
    const deps = createInMemoryDeps();
    const district = deps.given.user('district');
    await expect(createChecklist(deps, deps.given.user('town'), input())).rejects.toMatchObject({ code: 'checklist.manage_refused' });
    await expect(createChecklist(deps, district, input({ code: 'dust-gb15577', name: ' ', items: [item('WH-01', { finding: ' ' }), item('WH-01'), item('bad id')] }))).rejects.toMatchObject({
      fields: [
        { path: '/code', code: 'reserved' }, { path: '/items/0/finding', code: 'required' }, { path: '/items/1/id', code: 'not_unique' },
        { path: '/items/2/id', code: 'item_id_format' }, { path: '/name', code: 'required' },
      ],
    });
    expect(deps.tables.checklists.size).toBe(0);
    await createChecklist(deps, district, input());
    await expect(createChecklist(deps, district, input())).rejects.toMatchObject({ code: 'checklist.duplicate_code' });
    expect(deps.tables.checklists.size).toBe(1);
  });
});

describe('built-in coverage', () => {
  // The tags each kind of unit always carries in the registry and the demo (a 燃气用户 uses gas).
  const TYPICAL_TAGS: Partial<Record<UnitKind, readonly RiskTag[]>> = { gas_user: ['gas_use'] };

  it('offers every kind of unit at least one built-in checklist', async () => {
    const deps = createInMemoryDeps();
    await installBuiltInChecklists(deps);
    const uncovered = UNIT_KINDS.filter((kind) => {
      const unit = { kind, sector: UNIT_KIND_SECTOR[kind], riskTags: [...(TYPICAL_TAGS[kind] ?? [])], dustKind: null };
      return BUILT_IN_CHECKLISTS.every((template) => templateRefusal(template, unit) !== null);
    });
    expect(uncovered).toEqual([]);
  });
});
