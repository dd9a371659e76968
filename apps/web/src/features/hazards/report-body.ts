/** What the desktop report form holds. */
export interface ReportForm {
  title?: string;
  level?: 'general' | 'major';
  category?: string;
  source?: string;
  sector?: string;
  description?: string;
  unitId?: string;
  equipmentId?: string;
  legalBasis?: string;
  photoIds?: string[];
  isFixedOnSite?: boolean;
  fixedOnSite?: { evidencePhotoIds?: string[]; note?: string };
}

const text = (value: string | undefined) => value?.trim() || undefined;

/** The `POST /hazards` body: empty optional fields are left out rather than sent blank. */
export function reportBodyOf(values: ReportForm, location: { lng: number; lat: number } | null): Record<string, unknown> {
  const body: Record<string, unknown> = {
    source: values.source, level: values.level, category: values.category, title: values.title?.trim() ?? '', description: values.description?.trim() ?? '',
  };
  const optional: Record<string, unknown> = {
    unitId: values.unitId || undefined,
    equipmentId: (values.unitId && values.equipmentId) || undefined,
    sector: values.sector || undefined,
    location: location ? { ...location, crs: 'wgs84' } : undefined,
    legalBasis: text(values.legalBasis),
    photoIds: values.photoIds?.length ? values.photoIds : undefined,
    fixedOnSite: values.isFixedOnSite
      ? { evidencePhotoIds: values.fixedOnSite?.evidencePhotoIds ?? [], ...(text(values.fixedOnSite?.note) ? { note: text(values.fixedOnSite?.note) } : {}) }
      : undefined,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) body[key] = value;
  return body;
}
