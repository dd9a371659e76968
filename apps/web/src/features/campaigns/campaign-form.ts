import type { CreateCampaignBody, RiskTag, Sector, UnitKind } from '@safegrid/contracts';
import type { Dayjs } from 'dayjs';

/** The create form as Ant Design holds it. */
export interface CampaignFormValues {
  name?: string;
  description?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
  kinds?: UnitKind[];
  sectors?: Sector[];
  tags?: RiskTag[];
  regionCodes?: string[];
  checklistId?: string;
  coverage?: number | null;
  rectification?: number | null;
}

/**
 * The request body. Empty scope lists mean "no limit" (as the API reads them); the dates are
 * calendar dates; a blank description is left out. Missing values stay missing so the schema
 * check names the field.
 */
export function campaignBodyOf(values: CampaignFormValues): Partial<CreateCampaignBody> & Record<string, unknown> {
  const [start, end] = values.period ?? [null, null];
  const body: Record<string, unknown> = {
    name: values.name?.trim() ?? '',
    startsOn: start?.format('YYYY-MM-DD'),
    endsOn: end?.format('YYYY-MM-DD'),
    scope: { kinds: values.kinds ?? [], sectors: values.sectors ?? [], tags: values.tags ?? [], regionCodes: values.regionCodes ?? [] },
    checklistId: values.checklistId,
    target: { coverage: values.coverage ?? undefined, rectification: values.rectification ?? null },
  };
  const description = values.description?.trim();
  if (description) body.description = description;
  return body;
}

/** Problems the schema cannot see: the period must not end before it starts. */
export function campaignPeriodProblem(body: { startsOn?: unknown; endsOn?: unknown }): boolean {
  return typeof body.startsOn === 'string' && typeof body.endsOn === 'string' && body.endsOn < body.startsOn;
}

// The body's paths as the form's field names (the form holds the scope and targets flat, the period as one range).
const FORM_PATH: Readonly<Record<string, string>> = {
  '/startsOn': '/period', '/endsOn': '/period', '/scope/kinds': '/kinds', '/scope/sectors': '/sectors', '/scope/tags': '/tags',
  '/scope/regionCodes': '/regionCodes', '/target/coverage': '/coverage', '/target/rectification': '/rectification',
};

/** `/scope/regionCodes/0` → `/regionCodes`: where a problem of the body shows on the form. */
export function campaignFormPath(path: string): string {
  const match = Object.keys(FORM_PATH).find((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  return match ? (FORM_PATH[match] ?? path) : path;
}
