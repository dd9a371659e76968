import type { ChecklistItem, InspectionResponse } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { answerBodyOf, draftProblems, effectiveAnswers, pendingAfterSave, progressOf, sectionsOf, type AnswerDraft } from './inspection-draft';

const draft = (itemId: string, patch: Partial<AnswerDraft> = {}): AnswerDraft => ({ itemId, result: 'pass', note: '', photoIds: [], fixedOnSite: null, ...patch });

const saved = (itemId: string, result: 'pass' | 'fail' | 'na'): InspectionResponse['answers'][number] => ({
  itemId, result, note: null, photoIds: [], fixedOnSite: null, answeredAt: '2026-11-20T02:00:00.000Z', hazardId: null,
});

const item = (id: string, section: string): ChecklistItem => ({
  id, section, text: `检查 ${id}`, finding: `未做 ${id}`, legalBasis: [{ regulation: '工贸企业粉尘防爆安全规定', article: '第十一条' }], hazardLevel: 'general', category: 'dust_explosion',
  appliesTo: { kinds: [], sectors: [], tags: [], dustKinds: [] },
});

describe('answers on the phone', () => {
  it('show the server’s answers, overridden by those not yet saved, in checklist order', () => {
    const inspection = { itemIds: ['A-01', 'A-02', 'A-03'], answers: [saved('A-02', 'pass'), saved('A-01', 'na')] };
    const answers = effectiveAnswers(inspection, { 'A-02': draft('A-02', { result: 'fail', note: '未清扫' }) });
    expect([...answers.keys()]).toEqual(['A-01', 'A-02']);
    expect(answers.get('A-02')).toMatchObject({ result: 'fail', note: '未清扫' });
    expect(answers.get('A-01')).toMatchObject({ result: 'na', note: '' });
  });

  it('ignore a pending answer to an item the inspection does not have', () => {
    const answers = effectiveAnswers({ itemIds: ['A-01'], answers: [] }, { 'B-09': draft('B-09') });
    expect(answers.size).toBe(0);
  });

  it('send trimmed notes, no empty note, and 立查立改 only with a failure', () => {
    expect(answerBodyOf(draft('A-01', { note: '  ' }))).toEqual({ itemId: 'A-01', result: 'pass', note: null, photoIds: [], fixedOnSite: null });
    const fixed = { evidencePhotoIds: ['p2'], note: ' 已清理 ' };
    expect(answerBodyOf(draft('A-01', { result: 'fail', note: ' 积尘 ', photoIds: ['p1'], fixedOnSite: fixed }))).toEqual({
      itemId: 'A-01', result: 'fail', note: '积尘', photoIds: ['p1'], fixedOnSite: { evidencePhotoIds: ['p2'], note: '已清理' },
    });
    expect(answerBodyOf(draft('A-01', { result: 'pass', fixedOnSite: fixed })).fixedOnSite).toBeNull();
    expect(answerBodyOf(draft('A-01', { result: 'fail', fixedOnSite: { evidencePhotoIds: ['p2'], note: '' } })).fixedOnSite).toEqual({ evidencePhotoIds: ['p2'] });
  });

  it('keep an answer pending when it changed again while its first version was being saved', () => {
    const sent = [draft('A-01', { result: 'fail' }), draft('A-02')];
    const pending = { 'A-01': draft('A-01', { result: 'fail', note: '又补充了说明' }), 'A-02': draft('A-02') };
    expect(Object.keys(pendingAfterSave(pending, sent))).toEqual(['A-01']);
  });

  it('hold back 立查立改 until it has a photo of the fix', () => {
    expect(draftProblems(draft('A-01', { result: 'fail', fixedOnSite: { evidencePhotoIds: [], note: '' } }))).toEqual(['fixEvidence']);
    expect(draftProblems(draft('A-01', { result: 'fail', fixedOnSite: { evidencePhotoIds: ['p'], note: '' } }))).toEqual([]);
    expect(draftProblems(draft('A-01', { result: 'fail' }))).toEqual([]);
  });

  it('count answered, failed and fixed items', () => {
    const answers = new Map([
      ['A-01', draft('A-01', { result: 'fail' })],
      ['A-02', draft('A-02', { result: 'fail', fixedOnSite: { evidencePhotoIds: ['p'], note: '' } })],
      ['A-03', draft('A-03', { result: 'na' })],
    ]);
    expect(progressOf(['A-01', 'A-02', 'A-03', 'A-04'], answers)).toEqual({ answered: 3, total: 4, failed: 2, fixedOnSite: 1 });
  });
});

describe('sections', () => {
  it('group the inspection’s items by section in checklist order, leaving out items that do not apply', () => {
    const items = [item('A-01', '粉尘清扫'), item('A-02', '粉尘清扫'), item('B-01', '除尘系统'), item('B-02', '除尘系统'), item('C-01', '粉尘清扫')];
    const sections = sectionsOf(items, ['A-02', 'B-01', 'B-02', 'C-01']);
    expect(sections.map((section) => [section.section, section.items.map((entry) => entry.id)])).toEqual([
      ['粉尘清扫', ['A-02']],
      ['除尘系统', ['B-01', 'B-02']],
      ['粉尘清扫', ['C-01']],
    ]);
  });
});
