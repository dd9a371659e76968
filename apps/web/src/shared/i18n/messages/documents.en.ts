import type { DOCUMENTS_ZH_CN } from './documents.zh-cn';

/** English for enforcement documents. */
export const DOCUMENTS_EN: Record<keyof typeof DOCUMENTS_ZH_CN, string> = {
  'document.title': 'Enforcement documents',
  'document.none': 'No document issued yet',
  'document.issue': 'Issue document',
  'document.issueTitle': 'Issue an enforcement document',
  'document.kind': 'Document',
  'document.kind.rectification_order': 'Order to rectify within a time limit',
  'document.kind.inspection_record': 'On-site inspection record',
  'document.kind.review_opinion': 'Rectification review opinion',
  'document.coOfficer': 'Second officer',
  'document.noOfficers': 'No other officer of the district has a certificate number yet; ask the district office to record one',
  'document.deadline': 'Deadline (for hazards without one)',
  'document.issued': 'Issued {number}',
  'document.open': 'Open PDF',
  'document.issuedBy': 'Issued by {name} at {at}',
  'document.reissue': 'Reissue',
  'document.supersedes': 'replaces {number}',
};
