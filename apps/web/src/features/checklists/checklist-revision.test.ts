import type { ReviseChecklistBody } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { createBodyOf, reviseBodyOf } from './checklist-revision';

describe('the next checklist version from the editor', () => {
  it('trims text, writes item codes in capitals and keeps each item’s applicability', () => {
    const values = {
      name: ' 粉尘涉爆企业检查表（武进版） ',
      description: undefined,
      appliesTo: { kinds: ['enterprise'], sectors: [], tags: ['dust'], dustKinds: [] },
      excludedSectors: ['hazardous_chemicals'],
      items: [
        {
          id: ' wj-dust-01 ', section: ' 粉尘清扫 ', text: ' 作业场所积尘及时清扫 ', finding: ' 作业场所积尘未清扫 ', hazardLevel: 'general', category: 'dust_explosion',
          legalBasis: [{ regulation: ' 工贸企业粉尘防爆安全规定 ', article: ' 第十五条 ' }],
          appliesTo: { kinds: [], sectors: [], tags: ['dust'], dustKinds: ['metal'] },
        },
        // A new item from the editor has no applicability yet.
        { id: 'wj-dust-02', section: '除尘系统', text: '除尘器泄爆装置完好', hazardLevel: 'major', category: 'dust_explosion', legalBasis: [{ regulation: 'GB 15577', article: '6.2' }] },
      ],
    } as unknown as ReviseChecklistBody;
    const body = reviseBodyOf(values);
    expect(body.name).toBe('粉尘涉爆企业检查表（武进版）');
    expect(body.description).toBe('');
    expect(body.excludedSectors).toEqual(['hazardous_chemicals']);
    expect(body.items[0]).toEqual({
      id: 'WJ-DUST-01', section: '粉尘清扫', text: '作业场所积尘及时清扫', finding: '作业场所积尘未清扫', hazardLevel: 'general', category: 'dust_explosion',
      legalBasis: [{ regulation: '工贸企业粉尘防爆安全规定', article: '第十五条' }],
      appliesTo: { kinds: [], sectors: [], tags: ['dust'], dustKinds: ['metal'] },
    });
    expect(body.items[1]).toMatchObject({ finding: '', appliesTo: { kinds: [], sectors: [], tags: [], dustKinds: [] } });
    expect(body.appliesTo).toEqual({ kinds: ['enterprise'], sectors: [], tags: ['dust'], dustKinds: [] });
  });

  it('sends empty lists for selects the editor cleared', () => {
    const body = reviseBodyOf({ name: '检查表', description: '', appliesTo: { kinds: undefined, tags: ['dust'] }, excludedSectors: undefined, items: [] } as unknown as ReviseChecklistBody);
    expect(body.appliesTo).toEqual({ kinds: [], sectors: [], tags: ['dust'], dustKinds: [] });
    expect(body.excludedSectors).toEqual([]);
  });

  it('writes a new template’s code in lower case, with the body cleaned as for a revision', () => {
    const body = createBodyOf({ code: ' WJ-Warehouse ', name: ' 仓储检查表 ', description: '', appliesTo: { kinds: ['logistics'] }, excludedSectors: [], items: [] } as unknown as Parameters<typeof createBodyOf>[0]);
    expect(body).toEqual({ code: 'wj-warehouse', name: '仓储检查表', description: '', appliesTo: { kinds: ['logistics'], sectors: [], tags: [], dustKinds: [] }, excludedSectors: [], items: [] });
  });
});
