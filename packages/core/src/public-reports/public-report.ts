import type { PublicReportCategory } from './public-report-categories.js';

/** How a public report reached us: the /report page or an Open311 client (through an API key). */
export const PUBLIC_REPORT_CHANNELS = ['web', 'open311'] as const;
export type PublicReportChannel = (typeof PUBLIC_REPORT_CHANNELS)[number];

/**
 * One member of the public's report and its tracking code (stored only as a hash). `hazardId` is
 * the hazard the reporter follows now: the one the report created, the one they chose to follow
 * instead ("附近已有相同问题正在处理"), or, after a merge, the original. `reportedHazardId` is the
 * hazard the report created (null for a follow), so the tracking page can say 已合并.
 */
export interface PublicReport {
  readonly id: string;
  readonly districtCode: string;
  readonly hazardId: string;
  readonly reportedHazardId: string | null;
  readonly codeHash: string;
  readonly channel: PublicReportChannel;
  /** The client system's name for Open311 reports (the API key's name); null on the web. */
  readonly clientName: string | null;
  readonly category: PublicReportCategory;
  readonly description: string;
  readonly photoIds: readonly string[];
  /** Optional; shown only to the handling town, masked elsewhere. */
  readonly reporterName: string | null;
  readonly reporterPhone: string | null;
  readonly createdAt: string;
}

export interface ReportedQuery {
  readonly hazardIds?: readonly string[];
  readonly categories?: readonly PublicReportCategory[];
  readonly from?: string;
  readonly to?: string;
}

/** The town marked `duplicateId` as a duplicate of `originalId` (不予受理: 重复). */
export interface HazardMerge {
  readonly districtCode: string;
  readonly duplicateId: string;
  readonly originalId: string;
  readonly mergedAt: string;
}

export interface PublicReportStore {
  insert(report: PublicReport): Promise<void>;
  /** Across districts: a code is unique everywhere. */
  findByCodeHash(codeHash: string): Promise<PublicReport | undefined>;
  findById(id: string, districtCode: string): Promise<PublicReport | undefined>;
  /** Gives a report a new code (a retried submission whose first answer was lost). */
  replaceCode(id: string, districtCode: string, codeHash: string): Promise<void>;
  /** Reports now following any of `hazardIds`, oldest first. */
  listForHazards(districtCode: string, hazardIds: readonly string[]): Promise<PublicReport[]>;
  /**
   * Reports that created a hazard (not follows), made in [from, to), newest first, at most `limit`;
   * `hazardIds` (when given) replaces the other filters (Open311's service_request_id).
   */
  listReported(districtCode: string, query: ReportedQuery, limit: number): Promise<PublicReport[]>;
  /** Makes every report following `fromHazardId` follow `toHazardId` (a merge). */
  repoint(districtCode: string, fromHazardId: string, toHazardId: string): Promise<void>;
  recordMerge(merge: HazardMerge): Promise<void>;
  /** Hazards merged into `originalId`, oldest first. */
  listMergedInto(districtCode: string, originalId: string): Promise<HazardMerge[]>;
  /**
   * Counts one submission under `key` in the fixed window starting at `windowStart` and returns the
   * count so far, this one included; the first count in a window drops windows older than
   * `forgetBefore`. Atomic across processes (like the log-in counters, in their own table).
   */
  countAttempt(key: string, windowStart: string, forgetBefore: string): Promise<number>;
}

/** Limits on public reports and the duplicate search (config.ts reads them). */
export interface PublicReportSettings {
  /** Reports per client address per hour (SAFEGRID_PUBLIC_REPORTS_PER_HOUR_PER_ADDRESS). */
  readonly reportsPerHourPerAddress: number;
  /** Reports per mobile number per day (SAFEGRID_PUBLIC_REPORTS_PER_DAY_PER_PHONE). */
  readonly reportsPerDayPerPhone: number;
  /** Open hazards of the same category this close are likely duplicates (SAFEGRID_DUPLICATE_RADIUS_METRES). */
  readonly duplicateRadiusMetres: number;
  /** …when reported within this many days (SAFEGRID_DUPLICATE_WINDOW_DAYS). */
  readonly duplicateWindowDays: number;
  /** The district public reports go to when several share one install (SAFEGRID_PUBLIC_DISTRICT); null: the only one. */
  readonly districtCode: string | null;
}

export const DEFAULT_PUBLIC_REPORT_SETTINGS: PublicReportSettings = {
  reportsPerHourPerAddress: 10,
  reportsPerDayPerPhone: 5,
  duplicateRadiusMetres: 150,
  duplicateWindowDays: 30,
  districtCode: null,
};

/** Text and photo limits of a public report (the web and the API schema use the same numbers). */
export const PUBLIC_REPORT_LIMITS = {
  maxPhotos: 4,
  descriptionMin: 5,
  /** Open311's limit for `description`. */
  descriptionMax: 4000,
  nameMax: 40,
} as const;

/** 11-digit mainland mobile number. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** 张* / 138****5678: what everyone but the handling town sees of a reporter. */
export function maskName(name: string | null): string | null {
  if (!name) return name;
  const chars = [...name];
  return `${chars[0] ?? ''}${'*'.repeat(Math.max(1, chars.length - 1))}`;
}

export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
