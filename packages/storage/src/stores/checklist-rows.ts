import type { Insertable, Selectable } from 'kysely';
import type { ChecklistTemplate } from '@safegrid/core';
import type { ChecklistsTable } from '../database-schema.js';
import { readJson, toIso, writeJson } from './row-values.js';

export function toChecklist(row: Selectable<ChecklistsTable>): ChecklistTemplate {
  return {
    id: row.id,
    districtCode: row.districtCode,
    code: row.code,
    version: row.version,
    name: row.name,
    description: row.description,
    appliesTo: readJson<ChecklistTemplate['appliesTo']>(row.appliesTo),
    excludedSectors: readJson<ChecklistTemplate['excludedSectors']>(row.excludedSectors),
    // Items written before findings existed have none (ADR 0072).
    items: readJson<ChecklistTemplate['items']>(row.items).map((item) => ({ ...item, finding: item.finding ?? '' })),
    status: row.status as ChecklistTemplate['status'],
    basedOnId: row.basedOnId,
    createdBy: row.createdBy,
    createdAt: toIso(row.createdAt),
  };
}

export function toChecklistRow(template: ChecklistTemplate): Insertable<ChecklistsTable> {
  return {
    ...template,
    appliesTo: writeJson(template.appliesTo),
    excludedSectors: writeJson(template.excludedSectors),
    items: writeJson(template.items),
  };
}
