import type { FieldChange, Unit } from './unit.js';

const TRACKED_FIELDS = [
  'name', 'creditCode', 'kind', 'sector', 'department', 'address', 'location', 'gridId', 'townCode', 'villageCode',
  'riskTags', 'dustKind', 'subIndustry', 'venueType', 'employees', 'floorArea', 'contacts', 'status', 'parentId',
] as const satisfies readonly (keyof Unit)[];

/** The fields that differ between two versions of a unit, for its change history. */
export function diffUnits(before: Unit, after: Unit): FieldChange[] {
  return TRACKED_FIELDS.flatMap((field) => {
    const from = before[field];
    const to = after[field];
    return JSON.stringify(from) === JSON.stringify(to) ? [] : [{ field, from, to }];
  });
}

/** A creation recorded as changes from nothing, so the history starts with the first values. */
export function creationChanges(unit: Unit): FieldChange[] {
  return TRACKED_FIELDS.flatMap((field) => (unit[field] === null ? [] : [{ field, from: null, to: unit[field] }]));
}
