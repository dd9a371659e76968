import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import type { TenantReviewFilter } from '../parks/tenant-review-store.js';
import { date, EXPORT_PAGE_SIZE, instant, label, labels, nameCache, pagesOf, yesNo, type ExportRow, type ExportTable } from './export-table.js';
import { districtNames } from './export-names.js';

const COLUMNS = [
  'park', 'tenant', 'creditCode', 'business', 'riskTags', 'town', 'status', 'leaseStartsOn', 'leaseEndsOn',
  'safetyAgreement', 'fireAcceptance', 'appliedBy', 'appliedAt', 'decidedBy', 'decidedAt', 'decisionReason',
] as const;

/** 厂中厂 tenant reviews in the actor's scope with the list's filters, in the list's order (newest first by default). */
export async function exportTenantReviews(deps: CoreDeps, actor: Actor, filter: TenantReviewFilter): Promise<ExportTable> {
  const scope = scopeFilterOf(actor);
  const names = await districtNames(deps, actor.districtCode);
  const parks = nameCache((ids) => deps.units.namesOf(actor.districtCode, ids));
  async function* rows(): AsyncGenerator<ExportRow> {
    for await (const page of pagesOf((cursor) => deps.tenantReviews.list(scope, filter, { limit: EXPORT_PAGE_SIZE, cursor }))) {
      await parks.load(page.map((review) => review.parkId));
      for (const review of page) {
        yield [
          parks.name(review.parkId), review.tenant.name, review.tenant.creditCode, review.tenant.business, labels('riskTag', review.tenant.riskTags),
          names.region(review.townCode), label('tenantReviewStatus', review.status), date(review.leaseStartsOn), date(review.leaseEndsOn),
          yesNo(review.safetyAgreement), yesNo(review.fireAcceptance), review.appliedByName, instant(review.appliedAt),
          review.decidedByName, instant(review.decidedAt), review.decisionReason,
        ];
      }
    }
  }
  return { list: 'tenant_reviews', columns: COLUMNS, rows: rows() };
}
