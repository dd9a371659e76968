import type { ApplyTenantReviewBody, DustKind, RiskTag } from '@safegrid/contracts';
import type { Dayjs } from 'dayjs';

/** The apply form as Ant Design holds it. */
export interface TenantApplyValues {
  for: 'new' | 'existing';
  tenantUnitId?: string;
  name?: string;
  creditCode?: string;
  business?: string;
  riskTags?: RiskTag[];
  dustKind?: DustKind | null;
  employees?: number | null;
  floorArea?: number | null;
  leaseStartsOn?: Dayjs | null;
  leaseEndsOn?: Dayjs | null;
  safetyAgreement?: boolean;
  fireAcceptance?: boolean;
  note?: string;
}

const date = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);
const text = (value: string | undefined) => value?.trim() ?? '';

/** The request body: a newcomer's particulars, or the registered tenant's id; blanks left out. */
export function tenantApplyBodyOf(values: TenantApplyValues): ApplyTenantReviewBody {
  const body: ApplyTenantReviewBody = {
    safetyAgreement: values.safetyAgreement === true,
    fireAcceptance: values.fireAcceptance === true,
    leaseStartsOn: date(values.leaseStartsOn),
    leaseEndsOn: date(values.leaseEndsOn),
  };
  if (text(values.note)) body.note = text(values.note);
  if (values.for === 'existing') {
    if (values.tenantUnitId) body.tenantUnitId = values.tenantUnitId;
    return body;
  }
  body.tenant = {
    name: text(values.name),
    creditCode: text(values.creditCode) || null,
    business: text(values.business),
    riskTags: values.riskTags ?? [],
    dustKind: values.riskTags?.includes('dust') ? values.dustKind ?? null : null,
    employees: values.employees ?? null,
    floorArea: values.floorArea ?? null,
  };
  return body;
}
