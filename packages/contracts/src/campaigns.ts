import { Type, type Static } from 'typebox';
import { CAMPAIGN_PHASES, CAMPAIGN_UNIT_SORTS, CAMPAIGN_UNIT_STATES, RISK_TAGS, SECTORS, UNIT_KINDS } from '@safegrid/core';
import { CalendarDate, DateTime, LngLat, Nullable, StringEnum, Uuid, countQueryOf, pageOf } from './shared.js';

const closed = { additionalProperties: false } as const;
const Rate = Nullable(Type.Number({ minimum: 0, maximum: 1 }));

export const CampaignScope = Type.Object(
  {
    kinds: Type.Array(StringEnum(UNIT_KINDS), { maxItems: UNIT_KINDS.length, uniqueItems: true, default: [] }),
    sectors: Type.Array(StringEnum(SECTORS), { maxItems: SECTORS.length, uniqueItems: true, default: [] }),
    tags: Type.Array(StringEnum(RISK_TAGS), { maxItems: RISK_TAGS.length, uniqueItems: true, default: [] }),
    regionCodes: Type.Array(Type.String({ pattern: '^(\\d{9}|\\d{12})$' }), { maxItems: 50, uniqueItems: true, default: [] }),
  },
  closed,
);

export const CampaignTarget = Type.Object(
  {
    coverage: Type.Number({ minimum: 1, maximum: 100, description: 'Percent of units in scope to inspect' }),
    rectification: Nullable(Type.Number({ minimum: 1, maximum: 100, description: 'Percent of hazards found to close' })),
  },
  closed,
);

export const CreateCampaignBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    startsOn: CalendarDate,
    endsOn: CalendarDate,
    scope: CampaignScope,
    checklistId: Uuid,
    target: CampaignTarget,
  },
  closed,
);
export type CreateCampaignBody = Static<typeof CreateCampaignBody>;

export const CampaignResponse = Type.Object({
  id: Type.String(),
  districtCode: Type.String(),
  ownerRegionCode: Type.String(),
  name: Type.String(),
  description: Type.String(),
  startsOn: CalendarDate,
  endsOn: CalendarDate,
  phase: StringEnum(CAMPAIGN_PHASES),
  scope: CampaignScope,
  checklistId: Type.String(),
  checklistCode: Type.String(),
  target: CampaignTarget,
  createdBy: Type.String(),
  createdByName: Type.String(),
  createdAt: DateTime,
});
export type CampaignResponse = Static<typeof CampaignResponse>;

const CoverageCounts = {
  inScope: Type.Integer(),
  inspected: Type.Integer(),
  notInspected: Type.Integer(),
  rate: Rate,
};

export const CampaignHazardSummary = Type.Object({
  found: Type.Integer(),
  closed: Type.Integer(),
  open: Type.Integer(),
  major: Type.Integer(),
  majorClosed: Type.Integer(),
  rectificationRate: Rate,
});

export const CampaignCoverageResponse = Type.Object({
  campaignId: Type.String(),
  phase: StringEnum(CAMPAIGN_PHASES),
  ...CoverageCounts,
  targetMet: Type.Boolean(),
  selfInspections: Type.Integer(),
  byTown: Type.Array(Type.Object({ townCode: Type.String(), townName: Type.String(), ...CoverageCounts })),
  hazards: CampaignHazardSummary,
});
export type CampaignCoverageResponse = Static<typeof CampaignCoverageResponse>;

export const CampaignUnitsQuery = Type.Object(
  {
    state: Type.Optional(StringEnum(CAMPAIGN_UNIT_STATES, { default: 'not_inspected' })),
    townCode: Type.Optional(Type.String({ pattern: '^\\d{9}$' })),
    sort: Type.Optional(StringEnum(CAMPAIGN_UNIT_SORTS, {
      description: 'Order: town_asc (default) or town_desc; name_asc or name_desc (pinyin); inspected_desc (latest inspection first) or inspected_asc, units never inspected last; found_desc/found_asc and open_desc/open_asc by hazards found and still open',
    })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200, description: 'Up to 1000, so a map takes a town in one call' })),
    cursor: Type.Optional(Type.String({ maxLength: 40, description: 'nextCursor of the previous page, for the same sort' })),
  },
  closed,
);
export type CampaignUnitsQuery = Static<typeof CampaignUnitsQuery>;
export const CampaignUnitCountQuery = countQueryOf(CampaignUnitsQuery.properties);
export type CampaignUnitCountQuery = Static<typeof CampaignUnitCountQuery>;

export const CampaignUnitEntry = Type.Object({
  unitId: Type.String(),
  name: Type.String(),
  kind: StringEnum(UNIT_KINDS),
  townCode: Type.String(),
  villageCode: Type.String(),
  gridId: Type.String(),
  location: LngLat,
  parentId: Nullable(Type.String()),
  inspected: Type.Boolean(),
  lastInspectedAt: Nullable(DateTime),
  hazardsFound: Type.Integer(),
  hazardsOpen: Type.Integer(),
});
export const CampaignUnitPage = pageOf(CampaignUnitEntry);
export type CampaignUnitPage = Static<typeof CampaignUnitPage>;

export const CampaignDay = Type.Object({
  date: CalendarDate,
  inspected: Type.Integer(),
  cumulativeInspected: Type.Integer(),
  coverageRate: Rate,
  hazardsFound: Type.Integer(),
  hazardsClosed: Type.Integer(),
  cumulativeFound: Type.Integer(),
  cumulativeClosed: Type.Integer(),
});
export const CampaignProgressResponse = Type.Array(CampaignDay);
export type CampaignProgressResponse = Static<typeof CampaignProgressResponse>;

export const CampaignReportResponse = Type.Object({
  campaign: CampaignResponse,
  generatedAt: DateTime,
  coverage: Type.Omit(CampaignCoverageResponse, ['campaignId', 'phase', 'hazards']),
  hazards: CampaignHazardSummary,
  inspections: Type.Object({ supervision: Type.Integer(), selfInspection: Type.Integer() }),
  topFailedItems: Type.Array(Type.Object({ itemId: Type.String(), text: Type.String(), count: Type.Integer(), major: Type.Integer() })),
  tenants: Type.Object({
    tenants: Type.Integer(),
    approved: Type.Integer(),
    flagged: Type.Integer(),
    /** 关停取缔 / 规范达标 / 更新改造, and tenants without a decision yet. */
    outcomes: Type.Object({ shut_down: Type.Integer(), compliant: Type.Integer(), upgraded: Type.Integer(), undecided: Type.Integer() }),
  }),
  progress: CampaignProgressResponse,
});
export type CampaignReportResponse = Static<typeof CampaignReportResponse>;
