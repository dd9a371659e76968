import { exportLabels } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { EN_UI } from './messages/en';
import { ZH_CN_UI } from './messages/zh-cn';

describe('the export catalogues', () => {
  it('label every vocabulary value in exported files exactly as the web app does, in both languages', () => {
    for (const [language, ui] of [['zh-CN', ZH_CN_UI], ['en', EN_UI]] as const) {
      const labels = exportLabels(language);
      const differences = Object.entries(labels.vocabulary).flatMap(([group, values]) =>
        Object.entries(values)
          .filter(([value, text]) => (ui as Readonly<Record<string, string>>)[`enum.${group}.${value}`] !== text)
          .map(([value]) => `${language} enum.${group}.${value}`));
      expect(differences).toEqual([]);
      // And the other way: the web app words no value of these groups that exports would not, but
      // for two states only a screen shows (挂牌督办 on the detail, a tenant not yet reviewed).
      const screenOnly = ['enum.escalation.listed', 'enum.tenantReviewStatus.none'];
      const webOnly = Object.keys(ui).filter((key) => {
        if (screenOnly.includes(key)) return false;
        const [prefix, group, value] = key.split('.');
        const vocabulary = (labels.vocabulary as unknown as Readonly<Record<string, Readonly<Record<string, string>>>>)[group ?? ''];
        return prefix === 'enum' && vocabulary !== undefined && value !== undefined && !(value in vocabulary);
      });
      expect(webOnly).toEqual([]);
    }
  });

  it('give every list a title and heading words in both languages, and the toolbar its words', () => {
    const zh = exportLabels('zh-CN');
    const en = exportLabels('en');
    expect(Object.keys(en.headings)).toEqual(Object.keys(zh.headings));
    for (const list of Object.keys(zh.headings) as (keyof typeof zh.headings)[]) {
      expect(Object.keys(en.headings[list])).toEqual(Object.keys(zh.headings[list]));
    }
    expect(ZH_CN_UI['export.button']).toBe('导出');
    expect(EN_UI['export.button']).toBe('Export');
  });
});
