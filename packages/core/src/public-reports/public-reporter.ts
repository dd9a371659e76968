import type { Actor } from '../accounts/actor.js';
import type { CoreDeps } from '../deps.js';
import { DomainError } from '../shared/domain-error.js';
import { DEFAULT_PUBLIC_REPORT_SETTINGS, type PublicReportSettings } from './public-report.js';

/**
 * Who reports when the public reports (ADR 0074): one system identity per district,
 * `public-reporter:<district>`, named 群众举报. It is never a row in `users` and can never log in;
 * it exists so that hazards, photos and timeline events name a reporter like every other write.
 * It carries district-wide placement rights only so that a report anywhere in the district is in
 * its scope; everything it may do is what `submitPublicReport` does on its behalf.
 */
export const PUBLIC_REPORTER_PREFIX = 'public-reporter:';

export function publicReporterActor(districtCode: string): Actor {
  return {
    userId: `${PUBLIC_REPORTER_PREFIX}${districtCode}`,
    username: `${PUBLIC_REPORTER_PREFIX}${districtCode}`,
    displayName: '群众举报',
    role: 'district',
    districtCode,
    scope: { regionCode: districtCode, gridIds: [], sectors: [], unitId: null },
  };
}

export function isPublicReporter(userId: string): boolean {
  return userId.startsWith(PUBLIC_REPORTER_PREFIX);
}

export function publicReportSettingsOf(deps: Pick<CoreDeps, 'publicReportSettings'>): PublicReportSettings {
  return deps.publicReportSettings ?? DEFAULT_PUBLIC_REPORT_SETTINGS;
}

export const publicDistrictUnknown = () =>
  new DomainError('invalid_input', 'public_report.district_unknown', 'This install serves several districts and none was named.', {}, [
    { path: '/districtCode', code: 'required' },
  ]);

/**
 * The district public reports go to: the one asked for if it exists, else the configured one, else
 * the only district of the install.
 */
export async function resolvePublicDistrict(deps: Pick<CoreDeps, 'regions' | 'publicReportSettings'>, requested?: string): Promise<string> {
  const districts = await deps.regions.listDistrictCodes();
  if (requested) {
    if (!districts.includes(requested)) throw new DomainError('not_found', 'public_report.district_not_found', 'No such district.', { districtCode: requested });
    return requested;
  }
  const configured = publicReportSettingsOf(deps).districtCode;
  if (configured && districts.includes(configured)) return configured;
  if (districts.length === 1 && districts[0]) return districts[0];
  throw publicDistrictUnknown();
}
