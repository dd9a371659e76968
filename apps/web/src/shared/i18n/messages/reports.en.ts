import type { REPORTS_ZH_CN } from './reports.zh-cn';

/** Leadership reports (ADR 0083): generating and downloading weekly and monthly reports. */
export const REPORTS_EN: Record<keyof typeof REPORTS_ZH_CN, string> = {
  'nav.leadershipReports': 'Reports',
  'leadershipReport.title': 'Leadership reports',
  'leadershipReport.generate': 'Generate a report',
  'leadershipReport.generateButton': 'Generate',
  'leadershipReport.generated': 'Report generated',
  'leadershipReport.kind.weekly': 'Weekly',
  'leadershipReport.kind.monthly': 'Monthly',
  'leadershipReport.kindColumn': 'Type',
  'leadershipReport.period': 'Period',
  'leadershipReport.lastWhole': 'Default: the last whole period',
  'leadershipReport.scheduleNote': 'Every Monday at 08:00 last week’s report, and on the 1st at 08:00 last month’s, are generated and sent to the inbox and the configured channels.',
  'leadershipReport.list': 'Generated reports',
  'leadershipReport.none': 'No reports yet',
  'leadershipReport.total': '{total} in all',
  'leadershipReport.region': 'Area',
  'leadershipReport.trigger': 'Generated',
  'leadershipReport.trigger.schedule': 'On schedule',
  'leadershipReport.trigger.demand': 'On request',
  'leadershipReport.generatedBy': 'By',
  'leadershipReport.generatedAt': 'At',
  'leadershipReport.pdf': 'PDF',
  'leadershipReport.xlsx': 'Excel',
  'leadershipReport.files': 'Download',
};
