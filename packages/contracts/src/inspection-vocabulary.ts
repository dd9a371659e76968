// The inspection and checklist vocabularies clients need for filters, forms and labels (labels
// live in each client's own catalogue). Re-exported from core so the web app depends on contracts only.
export { ANSWER_RESULTS, CHECKLIST_STATUSES, INSPECTION_KINDS, INSPECTION_STATUSES } from '@safegrid/core';
export type { AnswerResult, ChecklistStatus, InspectionKind, InspectionStatus } from '@safegrid/core';
