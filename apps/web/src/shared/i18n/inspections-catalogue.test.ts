import { ANSWER_RESULTS, CHECKLIST_STATUSES, INSPECTION_KINDS, INSPECTION_STATUSES } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { INSPECTIONS_EN } from './messages/inspections.en';
import { INSPECTIONS_ZH_CN } from './messages/inspections.zh-cn';

const VOCABULARIES: Record<string, readonly string[]> = {
  inspectionStatus: INSPECTION_STATUSES, inspectionKind: INSPECTION_KINDS, answerResult: ANSWER_RESULTS, checklistStatus: CHECKLIST_STATUSES,
};

describe('the inspection catalogues', () => {
  it('label every inspection and checklist vocabulary value in both languages', () => {
    const missing = Object.entries(VOCABULARIES).flatMap(([group, values]) =>
      values.flatMap((value) => [INSPECTIONS_ZH_CN, INSPECTIONS_EN].filter((catalogue) => !(`enum.${group}.${value}` in catalogue)).map(() => `enum.${group}.${value}`)));
    expect(missing).toEqual([]);
  });

  it('keep English free of Chinese', () => {
    expect(Object.entries(INSPECTIONS_EN).filter(([, text]) => /[\u4e00-\u9fff]/.test(text))).toEqual([]);
  });
});
