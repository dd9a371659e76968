import { CreateCampaignBody } from '@safegrid/contracts';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { dayjs } from '../../shared/format/dates';
import { checkAgainst } from '../../shared/forms/schema-check';
import { campaignBodyOf, campaignFormPath, campaignPeriodProblem } from './campaign-form';

const CHECKLIST = '0190a3c4-9a1e-7c2b-8d3e-123456789abc';

describe('the campaign create form', () => {
  it('becomes a body the contract accepts, empty scope lists meaning no limit', () => {
    const body = campaignBodyOf({
      name: ' 粉尘涉爆专项整治 ', description: '', period: [dayjs('2026-12-01'), dayjs('2027-03-10')], tags: ['dust'],
      checklistId: CHECKLIST, coverage: 100, rectification: null,
    });
    expect(body).toEqual({
      name: '粉尘涉爆专项整治', startsOn: '2026-12-01', endsOn: '2027-03-10',
      scope: { kinds: [], sectors: [], tags: ['dust'], regionCodes: [] }, checklistId: CHECKLIST, target: { coverage: 100, rectification: null },
    });
    expect(Value.Check(CreateCampaignBody, body)).toBe(true);
    expect(campaignPeriodProblem(body)).toBe(false);
  });

  it('names the missing fields as the API would', () => {
    const paths = checkAgainst(CreateCampaignBody, campaignBodyOf({ name: '', coverage: 120 }), 'zh-CN').map((problem) => problem.path).sort();
    expect(paths).toEqual(['/checklistId', '/endsOn', '/name', '/startsOn', '/target/coverage']);
  });

  it('puts the body’s problems on the form’s fields', () => {
    expect(['/endsOn', '/scope/regionCodes/0', '/target/coverage', '/name', '/scopeless'].map(campaignFormPath)).toEqual(['/period', '/regionCodes', '/coverage', '/name', '/scopeless']);
  });

  it('catches a period that ends before it starts', () => {
    expect(campaignPeriodProblem(campaignBodyOf({ period: [dayjs('2027-01-02'), dayjs('2027-01-01')] }))).toBe(true);
  });
});
