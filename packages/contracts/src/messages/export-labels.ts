import type {
  Channel, DeliveryStatus, Department, EscalationLevel, ExportLabelGroup, ExportList, HazardCategory, HazardLevel, HazardSource, HazardStatus, InspectionKind,
  InspectionStatus, PatrolState, RiskLevel, RiskTag, Sector, TenantReviewStatus, UnitKind, UnitStatus,
} from '@safegrid/core';

/**
 * Every value of every vocabulary an exported cell may carry, with its words: typed by the domain's
 * own lists, so a value added there (a unit kind, a category) cannot export as its bare code.
 */
export interface ExportVocabulary {
  readonly hazardStatus: Readonly<Record<HazardStatus, string>>;
  readonly hazardLevel: Readonly<Record<HazardLevel, string>>;
  readonly hazardSource: Readonly<Record<HazardSource, string>>;
  readonly hazardCategory: Readonly<Record<HazardCategory, string>>;
  readonly sector: Readonly<Record<Sector, string>>;
  readonly department: Readonly<Record<Department, string>>;
  readonly escalation: Readonly<Record<EscalationLevel, string>>;
  readonly unitKind: Readonly<Record<UnitKind, string>>;
  readonly unitStatus: Readonly<Record<UnitStatus, string>>;
  readonly riskTag: Readonly<Record<RiskTag, string>>;
  readonly riskLevel: Readonly<Record<RiskLevel, string>>;
  readonly inspectionStatus: Readonly<Record<InspectionStatus, string>>;
  readonly inspectionKind: Readonly<Record<InspectionKind, string>>;
  readonly patrolState: Readonly<Record<PatrolState, string>>;
  readonly tenantReviewStatus: Readonly<Record<TenantReviewStatus, string>>;
  readonly channel: Readonly<Record<Channel, string>>;
  readonly deliveryStatus: Readonly<Record<DeliveryStatus, string>>;
}

// Every export group has its vocabulary, and nothing else is one.
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const groupsMatch: SameKeys<keyof ExportVocabulary, ExportLabelGroup> = true;
void groupsMatch;

/**
 * The words an exported file needs, per language. The vocabulary labels are the web app's
 * (`enum.<group>.<value>`); a web test keeps both the same.
 */
export interface ExportLabels {
  readonly titles: Readonly<Record<ExportList, string>>;
  readonly headings: Readonly<Record<ExportList, Readonly<Record<string, string>>>>;
  /** Names of list filters (query parameters), for the 筛选条件 line. */
  readonly filters: Readonly<Record<string, string>>;
  readonly words: Readonly<Record<'exportedAt' | 'exportedBy' | 'filters' | 'none' | 'yes' | 'no' | 'separator', string>>;
  readonly vocabulary: ExportVocabulary;
}
