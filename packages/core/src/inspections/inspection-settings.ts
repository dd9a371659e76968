/** District-independent inspection rules, with defaults; deps may carry others. */
export interface InspectionSettings {
  /** Starting farther than this from the unit needs a reason (GPS drifts tens of metres indoors). */
  readonly maxStartDistanceMetres: number;
}

export const DEFAULT_INSPECTION_SETTINGS: InspectionSettings = { maxStartDistanceMetres: 500 };
