import { Type, type Static } from 'typebox';
import { CHECKLIST_STATUSES, DUST_KINDS, HAZARD_CATEGORIES, HAZARD_LEVELS, RISK_TAGS, SECTORS, UNIT_KINDS } from '@safegrid/core';
import { DateTime, Nullable, StringEnum, Uuid } from './shared.js';

// How a failed item reads (its finding, or for an old item its requirement marked as not met): one rule, from core.
export { findingOf } from '@safegrid/core';

const closed = { additionalProperties: false } as const;

/** Which units: each non-empty list narrows (kind, sector, any tag, dust kind). */
export const Applicability = Type.Object(
  {
    kinds: Type.Array(StringEnum(UNIT_KINDS), { maxItems: UNIT_KINDS.length, uniqueItems: true }),
    sectors: Type.Array(StringEnum(SECTORS), { maxItems: SECTORS.length, uniqueItems: true }),
    tags: Type.Array(StringEnum(RISK_TAGS), { maxItems: RISK_TAGS.length, uniqueItems: true }),
    dustKinds: Type.Array(StringEnum(DUST_KINDS), { maxItems: DUST_KINDS.length, uniqueItems: true }),
  },
  closed,
);
export type Applicability = Static<typeof Applicability>;

export const LegalCitation = Type.Object(
  { regulation: Type.String({ minLength: 1, maxLength: 200 }), article: Type.String({ minLength: 1, maxLength: 100 }) },
  closed,
);

/** One check of a checklist, with its legal basis and the hazard level a failure means. */
export const ChecklistItem = Type.Object(
  {
    id: Type.String({ pattern: '^[A-Z0-9][A-Z0-9-]{1,39}$', description: 'Stable code inside the template, e.g. GM10-11-03' }),
    section: Type.String({ minLength: 1, maxLength: 100 }),
    text: Type.String({ minLength: 1, maxLength: 500, description: 'The requirement, as a compliant unit meets it' }),
    finding: Type.String({ maxLength: 200, default: '', description: 'The problem a failure means, as an inspector writes it; titles the hazard. Empty only in items written before findings existed' }),
    legalBasis: Type.Array(LegalCitation, { minItems: 1, maxItems: 5 }),
    hazardLevel: StringEnum(HAZARD_LEVELS),
    category: StringEnum(HAZARD_CATEGORIES),
    appliesTo: Applicability,
  },
  closed,
);
export type ChecklistItem = Static<typeof ChecklistItem>;

export const ChecklistResponse = Type.Object({
  id: Type.String(),
  /** Null for a built-in template shared by every district. */
  districtCode: Nullable(Type.String()),
  builtIn: Type.Boolean(),
  code: Type.String(),
  version: Type.Integer(),
  name: Type.String(),
  description: Type.String(),
  appliesTo: Applicability,
  excludedSectors: Type.Array(StringEnum(SECTORS)),
  items: Type.Array(ChecklistItem),
  status: StringEnum(CHECKLIST_STATUSES),
  basedOnId: Nullable(Type.String()),
  createdBy: Nullable(Type.String()),
  createdAt: DateTime,
  /** With `?unitId=`: the items that apply to that unit, in order; otherwise null. */
  applicableItemIds: Nullable(Type.Array(Type.String())),
});
export type ChecklistResponse = Static<typeof ChecklistResponse>;

export const ChecklistListQuery = Type.Object(
  {
    unitId: Type.Optional(Uuid),
    code: Type.Optional(Type.String({ maxLength: 48 })),
    includeSuperseded: Type.Optional(Type.Boolean({ default: false })),
  },
  closed,
);
export type ChecklistListQuery = Static<typeof ChecklistListQuery>;

export const CopyChecklistBody = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 48, description: 'The district’s code for the copy: lower-case letters, digits, dashes' }),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  },
  closed,
);
export type CopyChecklistBody = Static<typeof CopyChecklistBody>;

/** A district template written from nothing: version 1 of a new code (every item with its finding). */
export const CreateChecklistBody = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 48, description: 'The district’s code for the template: lower-case letters, digits, dashes' }),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    description: Type.String({ maxLength: 1000, default: '' }),
    appliesTo: Applicability,
    excludedSectors: Type.Array(StringEnum(SECTORS), { maxItems: SECTORS.length, uniqueItems: true }),
    items: Type.Array(ChecklistItem, { minItems: 1, maxItems: 300 }),
  },
  closed,
);
export type CreateChecklistBody = Static<typeof CreateChecklistBody>;

export const ReviseChecklistBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    description: Type.String({ maxLength: 1000, default: '' }),
    appliesTo: Applicability,
    excludedSectors: Type.Array(StringEnum(SECTORS), { maxItems: SECTORS.length, uniqueItems: true }),
    items: Type.Array(ChecklistItem, { minItems: 1, maxItems: 300 }),
  },
  closed,
);
export type ReviseChecklistBody = Static<typeof ReviseChecklistBody>;
