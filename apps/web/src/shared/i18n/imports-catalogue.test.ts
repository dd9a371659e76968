import { COORDINATE_SYSTEM_LABELS, DUST_KIND_LABELS, RISK_TAG_LABELS, SECTOR_LABELS, SUB_INDUSTRY_LABELS, UNIT_IMPORT_FIELDS, UNIT_KIND_LABELS, UNIT_STATUS_LABELS, VENUE_TYPE_LABELS } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { EN_UI } from './messages/en';
import { IMPORTS_EN } from './messages/imports.en';
import { IMPORTS_ZH_CN } from './messages/imports.zh-cn';
import { ZH_CN_UI } from './messages/zh-cn';

describe('the registry import catalogues', () => {
  it('read the same Chinese labels the web shows, so a sheet filled from the screen imports', () => {
    const pairs: [string, Readonly<Record<string, string>>][] = [
      ['unitKind', UNIT_KIND_LABELS], ['sector', SECTOR_LABELS], ['riskTag', RISK_TAG_LABELS], ['dustKind', DUST_KIND_LABELS],
      ['venueType', VENUE_TYPE_LABELS], ['unitStatus', UNIT_STATUS_LABELS], ['subIndustry', SUB_INDUSTRY_LABELS],
    ];
    for (const [group, labels] of pairs) {
      for (const [code, label] of Object.entries(labels)) expect([group, code, ZH_CN_UI[`enum.${group}.${code}` as keyof typeof ZH_CN_UI]]).toEqual([group, code, label]);
    }
    for (const [code, spellings] of Object.entries(COORDINATE_SYSTEM_LABELS)) expect(ZH_CN_UI[`enum.coordinateSystem.${code}` as keyof typeof ZH_CN_UI]).toContain(spellings[0]);
  });

  it('name every import field in both languages and are spread into the app’s catalogues', () => {
    for (const catalogue of [IMPORTS_ZH_CN, IMPORTS_EN, ZH_CN_UI, EN_UI]) {
      expect(UNIT_IMPORT_FIELDS.filter((field) => !(`import.field.${field}` in catalogue))).toEqual([]);
    }
    expect(ZH_CN_UI['nav.unitImport']).toBe('台账导入');
  });
});
