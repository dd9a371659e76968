import { describe, expect, it } from 'vitest';
import { createInMemoryDeps } from '../testing/in-memory-deps.js';
import { BUILT_IN_CHECKLIST_CODES, BUILT_IN_CHECKLISTS, builtInChecklistId, currentBuiltInChecklistId } from './built-in-checklists.js';
import { installBuiltInChecklists } from './install-built-in-checklists.js';

const gm10 = BUILT_IN_CHECKLISTS.find((template) => template.code === 'major-hazard-gm10');

describe('built-in checklists', () => {
  it('ship the twelve templates with stable codes', () => {
    expect(BUILT_IN_CHECKLISTS.map((template) => template.code)).toEqual([...BUILT_IN_CHECKLIST_CODES]);
    expect(BUILT_IN_CHECKLIST_CODES).toEqual([
      'major-hazard-gm10', 'dust-gb15577', 'small-venue-fire', 'group-rental', 'self-built-house', 'gas-user', 'confined-space',
      'hazchem-major', 'construction-major', 'gas-operator-major', 'elevator', 'crowded-place-fire',
    ]);
    expect(BUILT_IN_CHECKLISTS.map((template) => [template.code, template.version])).toEqual([
      ['major-hazard-gm10', 2], ['dust-gb15577', 2], ['small-venue-fire', 2], ['group-rental', 2], ['self-built-house', 2], ['gas-user', 2], ['confined-space', 2],
      ['hazchem-major', 1], ['construction-major', 1], ['gas-operator-major', 1], ['elevator', 1], ['crowded-place-fire', 1],
    ]);
    expect(currentBuiltInChecklistId('dust-gb15577')).toBe(builtInChecklistId('dust-gb15577', 2));
  });

  it('hold all 64 items of 第10号令, each a major hazard citing its own article and item', () => {
    const items = gm10?.items ?? [];
    expect(items).toHaveLength(64);
    const perArticle = new Map<string, number>();
    for (const item of items) {
      const match = /^GM10-(\d{2})-(\d{2})$/.exec(item.id);
      expect(match, item.id).not.toBeNull();
      perArticle.set(match?.[1] ?? '', (perArticle.get(match?.[1] ?? '') ?? 0) + 1);
      expect(item.hazardLevel).toBe('major');
      expect(item.legalBasis).toHaveLength(1);
      expect(item.legalBasis[0]?.regulation).toBe('《工贸企业重大事故隐患判定标准》（应急管理部令第10号）');
      expect(item.legalBasis[0]?.article).toMatch(/^第[一二三四五六七八九十]+条第（[一二三四五六七八九十]+）项$/);
    }
    // Reference §1.2: 3, 8, 13, 8, 7, 7, 2, 2, 10, 2, 2 items in 第三条 … 第十三条.
    expect(Object.fromEntries(perArticle)).toEqual({ '03': 3, '04': 8, '05': 13, '06': 8, '07': 7, '08': 7, '09': 2, '10': 2, '11': 10, '12': 2, '13': 2 });
    expect(items.find((item) => item.id === 'GM10-11-03')?.legalBasis[0]?.article).toBe('第十一条第（三）项');
  });

  it('give every item of every template a unique id, text, section and a citation with regulation and article', () => {
    for (const template of BUILT_IN_CHECKLISTS) {
      expect(new Set(template.items.map((item) => item.id)).size, template.code).toBe(template.items.length);
      for (const item of template.items) {
        expect(item.text.trim().length, item.id).toBeGreaterThan(4);
        expect(item.finding.trim().length, item.id).toBeGreaterThan(4);
        expect(item.section.trim().length, item.id).toBeGreaterThan(0);
        expect(item.legalBasis.length, item.id).toBeGreaterThan(0);
        for (const citation of item.legalBasis) expect(citation.article.trim().length, item.id).toBeGreaterThan(0);
      }
    }
  });

  it('derive ids from code and version, the same everywhere and different per version', () => {
    expect(builtInChecklistId('dust-gb15577', 1)).toBe(builtInChecklistId('dust-gb15577', 1));
    expect(builtInChecklistId('dust-gb15577', 2)).not.toBe(builtInChecklistId('dust-gb15577', 1));
    expect(new Set(BUILT_IN_CHECKLISTS.map((template) => template.id)).size).toBe(BUILT_IN_CHECKLISTS.length);
  });

  it('install a new version of a built-in over the one before, superseding it', async () => {
    const deps = createInMemoryDeps();
    const dust = BUILT_IN_CHECKLISTS.find((template) => template.code === 'dust-gb15577');
    if (!dust) throw new Error('dust list missing');
    const first = { ...dust, id: builtInChecklistId('dust-gb15577', 1), version: 1, items: dust.items.map(({ finding: _finding, ...rest }) => ({ ...rest, finding: '' })) };
    deps.tables.checklists.set(first.id, first);
    expect(await installBuiltInChecklists(deps)).toBe(BUILT_IN_CHECKLISTS.length);
    expect(deps.tables.checklists.get(first.id)?.status).toBe('superseded');
    expect(deps.tables.checklists.get(dust.id)?.status).toBe('active');
  });

  it('install once, and refuse a built-in changed without a new version', async () => {
    const deps = createInMemoryDeps();
    expect(await installBuiltInChecklists(deps)).toBe(BUILT_IN_CHECKLISTS.length);
    expect(await installBuiltInChecklists(deps)).toBe(0);
    const installed = deps.tables.checklists.get(gm10?.id ?? '');
    if (!installed) throw new Error('GM10 not installed');
    deps.tables.checklists.set(installed.id, { ...installed, items: installed.items.slice(1) });
    await expect(installBuiltInChecklists(deps)).rejects.toThrow(/new version/);
  });
});
