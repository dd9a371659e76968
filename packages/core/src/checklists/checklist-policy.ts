import type { ActorStanding } from '../accounts/district-office.js';

/**
 * Every role reads checklists; the district office (区安委办) keeps the district's own templates
 * (清单管理), so the items a failure is judged by stay the same across towns.
 */
export function canManageChecklists(actor: ActorStanding): boolean {
  return actor.role === 'district';
}
