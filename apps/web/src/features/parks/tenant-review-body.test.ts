import { ApplyTenantReviewBody } from '@safegrid/contracts';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { dayjs } from '../../shared/format/dates';
import { checkAgainst } from '../../shared/forms/schema-check';
import { tenantApplyBodyOf } from './tenant-review-body';

describe('the tenant review application body', () => {
  it('carries a newcomer with blanks as null and dates as calendar dates', () => {
    const body = tenantApplyBodyOf({
      for: 'new', name: ' 鑫达机械 ', creditCode: '  ', business: '机械加工', riskTags: ['dust'], dustKind: 'metal', employees: 12,
      leaseStartsOn: dayjs('2026-12-01'), leaseEndsOn: null, safetyAgreement: true, fireAcceptance: false, note: '',
    });
    expect(body).toEqual({
      safetyAgreement: true, fireAcceptance: false, leaseStartsOn: '2026-12-01', leaseEndsOn: null,
      tenant: { name: '鑫达机械', creditCode: null, business: '机械加工', riskTags: ['dust'], dustKind: 'metal', employees: 12, floorArea: null },
    });
    expect(Value.Check(ApplyTenantReviewBody, body)).toBe(true);
  });

  it('names a registered tenant by id only', () => {
    const body = tenantApplyBodyOf({ for: 'existing', tenantUnitId: '0190a3c4-9a1e-7c2b-8d3e-123456789abc', name: 'ignored', safetyAgreement: true, fireAcceptance: true, note: ' 纸质申请 ' });
    expect(body).toEqual({ tenantUnitId: '0190a3c4-9a1e-7c2b-8d3e-123456789abc', safetyAgreement: true, fireAcceptance: true, leaseStartsOn: null, leaseEndsOn: null, note: '纸质申请' });
  });

  it('is refused before sending when the newcomer has no name, naming the field', () => {
    const problems = checkAgainst(ApplyTenantReviewBody, tenantApplyBodyOf({ for: 'new', business: '仓储' }), 'zh-CN');
    expect(problems.map((problem) => problem.path)).toEqual(['/tenant/name']);
  });
});
