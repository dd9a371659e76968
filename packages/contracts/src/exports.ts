import { TABLE_FORMATS } from '@safegrid/core';
import { Type, type Static } from 'typebox';
import { CampaignUnitsQuery } from './campaigns.js';
import { HazardListQuery } from './hazards.js';
import { InspectionListQuery } from './inspections.js';
import { DeliveryListQuery } from './notifications.js';
import { TenantReviewListQuery } from './parks.js';
import { PatrolUnitsQuery } from './risk.js';
import { StringEnum } from './shared.js';
import { UnitListQuery } from './units.js';
import { EXPORT_EN } from './messages/export-labels.en.js';
import type { ExportLabels } from './messages/export-labels.js';
import { EXPORT_ZH_CN } from './messages/export-labels.zh-cn.js';
import type { Language } from './messages/message-catalog.js';

export { TABLE_FORMATS, EXPORT_LISTS } from '@safegrid/core';
export type { TableFormat, ExportList } from '@safegrid/core';
export type { ExportLabels } from './messages/export-labels.js';

/** The words of exported files in a language. */
export function exportLabels(language: Language): ExportLabels {
  return language === 'en' ? EXPORT_EN : EXPORT_ZH_CN;
}

const format = StringEnum(TABLE_FORMATS, { default: 'xlsx', description: 'xlsx (Excel) or csv (UTF-8 with BOM)' });
const closed = { additionalProperties: false } as const;

/** A list's own filters without its paging, plus the file format: an export takes what the list shows. */
function exportQueryOf<P extends { limit?: unknown; cursor?: unknown }>(properties: P) {
  const { limit: _limit, cursor: _cursor, ...filters } = properties;
  return Type.Object({ ...(filters as Omit<P, 'limit' | 'cursor'>), format: Type.Optional(format) }, closed);
}

export const HazardExportQuery = exportQueryOf(HazardListQuery.properties);
export type HazardExportQuery = Static<typeof HazardExportQuery>;
export const UnitExportQuery = exportQueryOf(UnitListQuery.properties);
export type UnitExportQuery = Static<typeof UnitExportQuery>;
export const InspectionExportQuery = exportQueryOf(InspectionListQuery.properties);
export type InspectionExportQuery = Static<typeof InspectionExportQuery>;
export const CampaignUnitExportQuery = exportQueryOf(CampaignUnitsQuery.properties);
export type CampaignUnitExportQuery = Static<typeof CampaignUnitExportQuery>;
export const PatrolExportQuery = exportQueryOf(PatrolUnitsQuery.properties);
export type PatrolExportQuery = Static<typeof PatrolExportQuery>;
export const TenantReviewExportQuery = exportQueryOf(TenantReviewListQuery.properties);
export type TenantReviewExportQuery = Static<typeof TenantReviewExportQuery>;
export const DeliveryExportQuery = exportQueryOf(DeliveryListQuery.properties);
export type DeliveryExportQuery = Static<typeof DeliveryExportQuery>;

/** Media types of exported files. */
export const TABLE_MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;
