import type { ApiKey } from '../api-keys/api-key.js';
import type { CoreDeps } from '../deps.js';
import type { LngLat } from '../geo/geometry.js';
import type { Hazard } from '../hazards/hazard.js';
import { isOpenStatus } from '../hazards/hazard-status.js';
import type { PublicReportCategory } from '../public-reports/public-report-categories.js';
import type { PublicReport } from '../public-reports/public-report.js';
import { submitPublicReport, type PublicReportReceipt } from '../public-reports/submit-public-report.js';
import { DomainError } from '../shared/domain-error.js';

/**
 * Open311 GeoReport v2 over public reports (ADR 0075): a service request is a hazard a public
 * report created (a follow is not a request of its own); its id is the hazard's id; `status` is
 * `open` or `closed` only, the detailed state going to `status_notes`.
 */
export interface Open311Request {
  readonly report: PublicReport;
  readonly hazard: Hazard;
  readonly status: 'open' | 'closed';
  /** The original a duplicate was merged into. */
  readonly mergedInto: string | null;
}

export const OPEN311_MAX_REQUESTS = 1000;
export const OPEN311_MAX_DAYS = 90;
const DAY = 24 * 60 * 60 * 1000;

export interface Open311Filter {
  readonly ids?: readonly string[] | undefined;
  readonly categories?: readonly PublicReportCategory[] | undefined;
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
  readonly statuses?: readonly ('open' | 'closed')[] | undefined;
}

export const open311RangeTooLong = () =>
  new DomainError('invalid_input', 'open311.range_too_long', 'start_date and end_date may be at most 90 days apart.', {}, [{ path: '/start_date', code: 'out_of_range' }]);

/**
 * GET requests: `ids` overrides every other filter; otherwise the window defaults to the 90 days
 * before `end_date` (or now), may not be longer, and at most 1,000 requests come back, newest first.
 */
export async function listOpen311Requests(deps: CoreDeps, districtCode: string, filter: Open311Filter): Promise<Open311Request[]> {
  if (filter.ids) return resolveRequests(deps, await deps.publicReports.listReported(districtCode, { hazardIds: filter.ids }, OPEN311_MAX_REQUESTS));
  const end = filter.endDate ?? (filter.startDate ? new Date(new Date(filter.startDate).getTime() + OPEN311_MAX_DAYS * DAY).toISOString() : deps.clock.now().toISOString());
  const start = filter.startDate ?? new Date(new Date(end).getTime() - OPEN311_MAX_DAYS * DAY).toISOString();
  if (new Date(end).getTime() - new Date(start).getTime() > OPEN311_MAX_DAYS * DAY) throw open311RangeTooLong();
  const reports = await deps.publicReports.listReported(districtCode, { categories: filter.categories, from: start, to: new Date(new Date(end).getTime() + 1).toISOString() }, OPEN311_MAX_REQUESTS);
  const requests = await resolveRequests(deps, reports);
  return filter.statuses ? requests.filter((request) => filter.statuses?.includes(request.status)) : requests;
}

export async function getOpen311Request(deps: CoreDeps, districtCode: string, id: string): Promise<Open311Request | undefined> {
  const [request] = await resolveRequests(deps, await deps.publicReports.listReported(districtCode, { hazardIds: [id] }, 1));
  return request;
}

async function resolveRequests(deps: CoreDeps, reports: readonly PublicReport[]): Promise<Open311Request[]> {
  const requests: Open311Request[] = [];
  for (const report of reports) {
    const hazard = report.reportedHazardId ? await deps.hazards.findById(report.reportedHazardId, { districtCode: report.districtCode }) : undefined;
    if (!hazard) continue;
    const mergedInto = report.hazardId !== hazard.id ? report.hazardId : null;
    requests.push({ report, hazard, status: isOpenStatus(hazard.status) ? 'open' : 'closed', mergedInto });
  }
  return requests;
}

/** One location for a POST: lat/long, or address_id naming a registered unit (监管对象) whose place is known. */
export async function resolveOpen311Location(deps: CoreDeps, districtCode: string, input: { lat?: number | undefined; long?: number | undefined; addressId?: string | undefined }): Promise<LngLat | undefined> {
  if (input.lat !== undefined && input.long !== undefined) return { lng: input.long, lat: input.lat };
  if (!input.addressId) return undefined;
  const unit = await deps.units.findById(input.addressId, { districtCode });
  return unit?.location ?? undefined;
}

/** POST requests through an API key: a public report with the key's name in its history and the key's own limit. */
export async function submitOpen311Request(
  deps: CoreDeps,
  key: ApiKey,
  input: { category: string; description: string; location: LngLat; reporterName?: string | undefined; reporterPhone?: string | undefined; addressText?: string | undefined; details: Readonly<Record<string, unknown>> },
): Promise<PublicReportReceipt> {
  await deps.inTransaction((stores) => stores.apiKeys.touch(key.id, deps.clock.now().toISOString()));
  return submitPublicReport(deps, {
    districtCode: key.districtCode, category: input.category, description: input.description, location: { ...input.location, crs: 'wgs84' },
    reporterName: input.reporterName, reporterPhone: input.reporterPhone, clientAddress: `apikey:${key.id}`, perHourLimit: key.requestsPerHour,
    channel: 'open311', clientName: key.name, addressText: input.addressText, extraDetails: { apiKeyId: key.id, ...input.details },
  });
}
