import type { Actor } from '../accounts/actor.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { regionLevelOfCode } from '../regions/region.js';
import { daysBetween, isCalendarDate } from '../shared/calendar-date.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import type { Campaign, CampaignScope, CampaignTarget } from './campaign.js';
import { campaignManageRefused } from './campaign-errors.js';
import { canManageCampaigns } from './campaign-policy.js';
import { enqueueJob } from '../jobs/job-definition.js';
import { FAN_OUT_JOB_KIND } from '../notifications/notification-job-kinds.js';

export interface CreateCampaignInput {
  readonly name: string;
  readonly description?: string | undefined;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly scope: CampaignScope;
  readonly checklistId: string;
  readonly target: CampaignTarget;
}

const MAX_CAMPAIGN_DAYS = 3 * 366;

function campaignProblems(actor: Actor, input: CreateCampaignInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.name.trim()) problems.push({ path: '/name', code: 'required' });
  if (!isCalendarDate(input.startsOn)) problems.push({ path: '/startsOn', code: 'format' });
  if (!isCalendarDate(input.endsOn)) problems.push({ path: '/endsOn', code: 'format' });
  else if (isCalendarDate(input.startsOn) && input.endsOn < input.startsOn) problems.push({ path: '/endsOn', code: 'before_start' });
  else if (isCalendarDate(input.startsOn) && daysBetween(input.startsOn, input.endsOn) > MAX_CAMPAIGN_DAYS) {
    problems.push({ path: '/endsOn', code: 'too_far', params: { days: MAX_CAMPAIGN_DAYS } });
  }
  input.scope.regionCodes.forEach((code, index) => {
    const level = regionLevelOfCode(code);
    // A town runs campaigns inside its own town only.
    if (!level || level === 'district' || !code.startsWith(actor.scope.regionCode)) problems.push({ path: `/scope/regionCodes/${index}`, code: 'not_found' });
  });
  return problems;
}

/**
 * Starts a campaign (专项整治) inside the caller's transaction: period, scope, the checklist its
 * inspections use, targets. A town's campaign is limited to its town. Refuses a period that ends
 * before it starts.
 */
export async function createCampaignRecord(stores: Stores, context: WriteContext, input: CreateCampaignInput): Promise<Campaign> {
  const { deps, actor, now } = context;
  if (!canManageCampaigns(actor)) throw campaignManageRefused();
  const problems = campaignProblems(actor, input);
  if (problems.length > 0) throw invalidInput(problems);
  const ownerRegionCode = actor.scope.regionCode;
  const regionCodes = input.scope.regionCodes.length === 0 && ownerRegionCode !== actor.districtCode ? [ownerRegionCode] : [...new Set(input.scope.regionCodes)];
  const { checklists, campaigns } = stores;
  const checklist = await checklists.findById(input.checklistId, actor.districtCode);
  if (!checklist) throw invalidInput([{ path: '/checklistId', code: 'not_found' }]);
  const campaign: Campaign = {
    id: deps.ids.newId(),
    districtCode: actor.districtCode,
    ownerRegionCode,
    name: input.name.trim(),
    description: input.description?.trim() ?? '',
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    scope: { kinds: [...new Set(input.scope.kinds)], sectors: [...new Set(input.scope.sectors)], tags: [...new Set(input.scope.tags)], regionCodes },
    checklistId: checklist.id,
    checklistCode: checklist.code,
    target: input.target,
    createdBy: actor.userId,
    createdByName: actor.displayName,
    createdAt: now.toISOString(),
  };
  await campaigns.insert(campaign);
  // The towns and grid workers it covers are told after the commit (ADR 0065).
  await enqueueJob(stores, deps, { kind: FAN_OUT_JOB_KIND, districtCode: campaign.districtCode, payload: { campaignId: campaign.id }, dedupeKey: `campaign:${campaign.id}` });
  return campaign;
}

/** Starts a campaign (专项整治), in one transaction. */
export async function createCampaign(deps: CoreDeps, actor: Actor, input: CreateCampaignInput): Promise<Campaign> {
  if (!canManageCampaigns(actor)) throw campaignManageRefused();
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => createCampaignRecord(stores, context, input));
}
