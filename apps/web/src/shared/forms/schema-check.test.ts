import { CreateUnitBody, ReportHazardBody } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { checkAgainst } from './schema-check';
import { changedNamePaths } from './use-form-errors';

const messages = (problems: readonly { path: string; message: string }[]) => Object.fromEntries(problems.map((problem) => [problem.path, problem.message]));

describe('problems before sending, in office language (issue 16)', () => {
  it('ask to choose a list value and to pick the place on the map, not "wrong type" or "not allowed"', () => {
    const unit = messages(checkAgainst(CreateUnitBody, { name: '湖塘五金厂', address: '花园街1号', kind: 'warehouse?' }, 'zh-CN'));
    expect(unit['/kind']).toBe('请选择单位类型');
    expect(unit['/location']).toBe('请在地图上选点（位置）');
    const missingKind = messages(checkAgainst(CreateUnitBody, { name: '湖塘五金厂', address: '花园街1号' }, 'zh-CN'));
    expect(missingKind['/kind']).toBe('请选择单位类型');
  });

  it('name the field of a text that is missing or too long, in either language', () => {
    const zh = messages(checkAgainst(ReportHazardBody, { source: 'patrol', level: 'general', category: 'fire_lane', title: 'x'.repeat(500) }, 'zh-CN'));
    expect(zh['/title']).toMatch(/^隐患标题：长度不能超过 \d+$/);
    const en = messages(checkAgainst(ReportHazardBody, { source: 'patrol', level: 'general', title: '消防通道堵塞' }, 'en'));
    expect(en['/category']).toMatch(/please choose one$/);
  });
});

describe('a changed field loses its stale problem', () => {
  it('names every changed path, nested groups included', () => {
    expect(changedNamePaths({ title: '新标题', plan: { funds: '2 万元' } })).toEqual([['title'], ['plan'], ['plan', 'funds']]);
    expect(changedNamePaths({ photos: [{ name: 'a.jpg' }] })).toEqual([['photos']]);
  });
});
