import { describe, expect, it } from 'vitest';
import { createInMemoryDeps } from '../testing/in-memory-deps.js';
import type { Unit } from '../units/unit.js';
import { BUILT_IN_CHECKLISTS } from './built-in-checklists.js';
import { applicableItems, judgeFailure, templateRefusal, type ApplicableUnit } from './checklist-applicability.js';
import { installBuiltInChecklists } from './install-built-in-checklists.js';
import { listChecklists } from './read-checklists.js';

const template = (code: string) => {
  const found = BUILT_IN_CHECKLISTS.find((candidate) => candidate.code === code);
  if (!found) throw new Error(code);
  return found;
};
const unit = (overrides: Partial<ApplicableUnit>): ApplicableUnit => ({ kind: 'enterprise', sector: 'industry_trade', riskTags: [], dustKind: null, ...overrides });

describe('checklist applicability', () => {
  it('never judges a 危化, 消防, 燃气 or 特种设备 unit by 第10号令', () => {
    const gm10 = template('major-hazard-gm10');
    expect(templateRefusal(gm10, unit({}))).toBeNull();
    expect(templateRefusal(gm10, unit({ kind: 'hazardous_chemicals', sector: 'hazardous_chemicals' }))).toBe('excluded_sector');
    expect(templateRefusal(gm10, unit({ kind: 'gas_user', sector: 'town_gas', riskTags: ['gas_use'] }))).toBe('excluded_sector');
    expect(templateRefusal(gm10, unit({ kind: 'small_venue', sector: 'fire' }))).toBe('excluded_sector');
    expect(templateRefusal(gm10, unit({ sector: 'special_equipment' }))).toBe('excluded_sector');
    // Even a district copy that drops the exclusion and applies to everyone.
    const broadened = { ...gm10, districtCode: '320412', excludedSectors: [], appliesTo: { kinds: [], sectors: [], tags: [], dustKinds: [] } };
    expect(templateRefusal(broadened, unit({ kind: 'gas_user', sector: 'town_gas' }))).toBe('excluded_sector');
  });

  it('shows tag items only to units with the tag, and metal-dust items only for metal dust', () => {
    const gm10 = template('major-hazard-gm10');
    const plain = applicableItems(gm10, unit({})).map((item) => item.id);
    expect(plain).toContain('GM10-03-01');
    expect(plain).not.toContain('GM10-11-03');
    const woodDust = applicableItems(gm10, unit({ riskTags: ['dust'], dustKind: 'wood' })).map((item) => item.id);
    expect(woodDust).toEqual(expect.arrayContaining(['GM10-11-01', 'GM10-11-06', 'GM10-11-10']));
    expect(woodDust).not.toContain('GM10-11-09');
    expect(applicableItems(gm10, unit({ riskTags: ['dust'], dustKind: 'metal' })).map((item) => item.id)).toContain('GM10-11-09');
    expect(templateRefusal(template('dust-gb15577'), unit({}))).toBe('not_applicable');
    expect(templateRefusal(template('group-rental'), unit({ kind: 'group_rental', sector: 'group_rental' }))).toBeNull();
  });

  it('does not classify a 第10号令 item as major on a unit outside that standard, and drops its citation', () => {
    const item = template('dust-gb15577').items.find((candidate) => candidate.id === 'DUST-C3');
    if (!item) throw new Error('DUST-C3');
    expect(judgeFailure(item, unit({ riskTags: ['dust'], dustKind: 'metal' }))).toEqual({ level: 'major', legalBasis: item.legalBasis });
    expect(judgeFailure(item, unit({ kind: 'hazardous_chemicals', sector: 'hazardous_chemicals', riskTags: ['dust'], dustKind: 'metal' }))).toEqual({ level: 'general', legalBasis: [] });
  });

  it('offers a 工贸 unit the general articles of 第10号令 plus only its own sub-industry’s', () => {
    const gm10 = template('major-hazard-gm10');
    const articlesOf = (subIndustry: ApplicableUnit['subIndustry'], riskTags: ApplicableUnit['riskTags'] = []) =>
      [...new Set(applicableItems(gm10, unit({ subIndustry, riskTags })).map((item) => item.id.slice(5, 7)))];
    // Issue 15: a 商贸 unit was offered the industry articles, a foundry all 21 冶金 and 有色 items.
    expect(articlesOf('commerce')).toEqual(['03']);
    expect(articlesOf('machinery', ['molten_metal'])).toEqual(['03', '07']);
    expect(applicableItems(gm10, unit({ subIndustry: 'machinery', riskTags: ['molten_metal'] })).filter((item) => /^GM10-0[45]-/.test(item.id))).toEqual([]);
    expect(articlesOf('textile', ['dust'])).toEqual(['03', '09', '11']);
    // Not yet recorded: every industry article, answered 不适用 where it differs (ADR 0041).
    expect(articlesOf(null)).toEqual(['03', '06', '08', '09', '10']);
    expect(articlesOf(undefined, ['molten_metal'])).toEqual(['03', '04', '05', '06', '07', '08', '09', '10']);
  });

  it('lists only the templates usable on a unit, with the items that apply to it', async () => {
    const deps = createInMemoryDeps();
    await installBuiltInChecklists(deps);
    const dusty: Unit = deps.given.unit({ riskTags: ['dust', 'confined_space'], dustKind: 'metal' });
    const restaurant = deps.given.unit({ kind: 'gas_user', sector: 'town_gas', riskTags: ['gas_use'] });
    const town = deps.given.user('town');
    const forDusty = await listChecklists(deps, town, { unitId: dusty.id });
    expect(forDusty.map((view) => view.template.code).sort()).toEqual(['confined-space', 'dust-gb15577', 'major-hazard-gm10']);
    expect(forDusty.find((view) => view.template.code === 'dust-gb15577')?.applicableItemIds).toContain('DUST-B7');
    const forRestaurant = await listChecklists(deps, town, { unitId: restaurant.id });
    expect(forRestaurant.map((view) => view.template.code)).toEqual(['gas-user']);
    const all = await listChecklists(deps, town, {});
    expect(all).toHaveLength(12);
    expect(all.every((view) => view.applicableItemIds === null)).toBe(true);
  });
});
