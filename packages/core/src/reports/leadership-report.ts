import type { ScopeFilter } from '../accounts/scope.js';
import type { HazardLevel } from '../hazards/hazard.js';
import type { HazardStatus } from '../hazards/hazard-status.js';
import type { MonthlyFlow } from '../stats/dashboard-store.js';
import type { Department, Sector } from '../units/unit-catalog.js';
import type { ReportKind, ReportPeriod } from './report-period.js';

/** A hazard as a 通报 lists it: what, where, how far along. */
export interface ReportHazard {
  readonly id: string;
  readonly title: string;
  readonly townName: string;
  readonly level: HazardLevel;
  readonly status: HazardStatus;
  readonly reportedAt: string;
  readonly deadline: string | null;
}

/** One town in the ranking by 整改率. */
export interface TownRank {
  readonly townCode: string;
  readonly townName: string;
  readonly total: number;
  readonly open: number;
  readonly closed: number;
  readonly overdue: number;
  readonly majorOpen: number;
  /** closed ÷ (open + closed): dismissed hazards needed no rectification; null when there are none. */
  readonly rectificationRate: number | null;
}

/** A 专项整治 that ran during the period, with its coverage inside the report's region. */
export interface ReportCampaign {
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly inScope: number;
  readonly inspected: number;
  readonly coverageRate: number | null;
  readonly hazardsFound: number;
  readonly hazardsClosed: number;
}

/** One sector's hazards in a 通报, grouped through the category table, with its lead department (ADR 0096). */
export interface ReportSectorRow {
  readonly sector: Sector;
  readonly lead: Department;
  readonly total: number;
  readonly open: number;
  readonly closed: number;
  readonly overdue: number;
  readonly majorOpen: number;
}

/**
 * 通报 for a leadership meeting (issue 13): the figures of one district or town for one week or
 * month. Flow figures (found, closed) count the period; stock figures (open, overdue, major) are
 * as of generation, which for a scheduled report is the morning after the period.
 */
export interface LeadershipReport {
  readonly districtCode: string;
  /** The district code for a district report, a town code for a town's. */
  readonly regionCode: string;
  readonly regionName: string;
  readonly period: ReportPeriod;
  readonly generatedAt: string;
  readonly headline: {
    readonly found: number;
    readonly closed: number;
    readonly majorFound: number;
    readonly open: number;
    readonly overdue: number;
    readonly majorOpen: number;
    readonly rectificationRate: number | null;
  };
  /** Highest 整改率 first; towns without hazards last. */
  readonly towns: readonly TownRank[];
  /** Hazards per sector as the category table routes their categories, SECTORS order; sectors without hazards left out. */
  readonly sectors: readonly ReportSectorRow[];
  /** Major hazards reported in the period (at most REPORT_LIST_LIMIT; `newMajorTotal` counts all). */
  readonly newMajorHazards: readonly ReportHazard[];
  readonly newMajorTotal: number;
  /** Hazards past their deadline now (at most REPORT_LIST_LIMIT; `headline.overdue` counts all). */
  readonly overdueHazards: readonly ReportHazard[];
  readonly campaigns: readonly ReportCampaign[];
  /** Found and closed per month, the 12 months ending with the period's last month. */
  readonly trend: readonly MonthlyFlow[];
}

/** The most hazards one list of a 通报 prints; the count says how many there are. */
export const REPORT_LIST_LIMIT = 200;

/** The 通报 as files: PDF for printing, xlsx for the figures (adapters lay them out). */
export interface LeadershipReportFiles {
  pdf(report: LeadershipReport): Promise<Uint8Array>;
  xlsx(report: LeadershipReport): Promise<Uint8Array>;
}

/** A generated 通报 as stored: immutable, both files kept with their SHA-256. */
export interface StoredReport {
  readonly id: string;
  readonly districtCode: string;
  readonly regionCode: string;
  readonly regionName: string;
  readonly kind: ReportKind;
  readonly periodKey: string;
  readonly firstDay: string;
  readonly lastDay: string;
  /** 'schedule' for the Monday / 1st-of-month runs, 'demand' when someone asked. */
  readonly trigger: 'schedule' | 'demand';
  readonly pdfSize: number;
  readonly pdfSha256: string;
  readonly xlsxSize: number;
  readonly xlsxSha256: string;
  readonly generatedBy: string | null;
  readonly generatedByName: string;
  readonly generatedAt: string;
}

export const REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Stored 通报. Rows are only inserted. */
export interface ReportStore {
  insert(report: StoredReport, files: Readonly<Record<ReportFormat, Uint8Array>>): Promise<void>;
  /** A report the scope sees: one whose region lies inside the scope's region. */
  findById(id: string, scope: ScopeFilter): Promise<StoredReport | undefined>;
  /** The scheduled report of a region and period, if it was generated already. */
  findScheduled(districtCode: string, regionCode: string, kind: ReportKind, periodKey: string): Promise<StoredReport | undefined>;
  /** Reports the scope sees, newest first, at most `limit`. */
  list(scope: ScopeFilter, limit: number): Promise<StoredReport[]>;
  readFile(report: Pick<StoredReport, 'districtCode' | 'id'>, format: ReportFormat): Promise<Uint8Array | undefined>;
}
