/** English messages of 通报 (ADR 0083), merged into EN. */
export const REPORTS_EN = {
  errors: {
    'report.not_found': 'The report does not exist or is outside your scope',
    'report.refused': 'Only the district office and town offices generate and read leadership reports',
    'report.files_unavailable': 'This server cannot render report files',
  },
  fieldProblems: {
    not_begun: 'has not begun yet',
  },
} as const;
