import {
  COORDINATE_SYSTEMS, DEPARTMENTS, DISMISS_REASONS, DUST_KINDS, ESCALATION_LEVELS, HAZARD_ACTIONS, HAZARD_CATEGORIES, HAZARD_LEVELS,
  HAZARD_SOURCES, HAZARD_STATUSES, RISK_TAGS, ROLES, SECTORS, SMALL_VENUE_TYPES, UNIT_KINDS, UNIT_STATUSES,
} from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { EN_UI } from './messages/en';
import { ZH_CN_UI } from './messages/zh-cn';

const VOCABULARIES: Record<string, readonly string[]> = {
  hazardStatus: HAZARD_STATUSES, hazardLevel: HAZARD_LEVELS, hazardSource: HAZARD_SOURCES, hazardCategory: HAZARD_CATEGORIES,
  hazardAction: HAZARD_ACTIONS, eventAction: ['report', ...HAZARD_ACTIONS], sector: SECTORS, department: DEPARTMENTS, unitKind: UNIT_KINDS,
  unitStatus: UNIT_STATUSES, riskTag: RISK_TAGS, dustKind: DUST_KINDS, venueType: SMALL_VENUE_TYPES, role: ROLES,
  dismissReason: DISMISS_REASONS, escalation: ESCALATION_LEVELS, coordinateSystem: COORDINATE_SYSTEMS,
};

describe('the UI catalogues', () => {
  it('label every value of every vocabulary in both languages', () => {
    const missing = Object.entries(VOCABULARIES).flatMap(([group, values]) =>
      values.flatMap((value) => [ZH_CN_UI, EN_UI].filter((catalogue) => !(`enum.${group}.${value}` in catalogue)).map(() => `enum.${group}.${value}`)));
    expect(missing).toEqual([]);
  });

  it('have the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const mismatched = (Object.keys(ZH_CN_UI) as (keyof typeof ZH_CN_UI)[]).filter((key) => placeholders(ZH_CN_UI[key]).join() !== placeholders(EN_UI[key]).join());
    expect(mismatched).toEqual([]);
  });

  it('keep English free of Chinese except the language switch and proper names', () => {
    const chinese = Object.entries(EN_UI).filter(([key, text]) => /[\u4e00-\u9fff]/.test(text) && key !== 'language.zh');
    expect(chinese).toEqual([]);
  });
});
