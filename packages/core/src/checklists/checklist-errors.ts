import { DomainError } from '../shared/domain-error.js';

export const checklistNotFound = (checklistId: string) =>
  new DomainError('not_found', 'checklist.not_found', 'The checklist does not exist.', { checklistId });

export const checklistManageRefused = () =>
  new DomainError('permission_denied', 'checklist.manage_refused', 'Only the district office copies and edits checklists.');

export const builtInChecklistReadOnly = (checklistId: string) =>
  new DomainError('rule_violation', 'checklist.built_in_read_only', 'A built-in checklist is not edited; copy it and edit the copy.', { checklistId });

export const checklistSuperseded = (checklistId: string) =>
  new DomainError('conflict', 'checklist.superseded', 'A newer version of this checklist exists; edit that one.', { checklistId });

export const duplicateChecklistCode = (code: string) =>
  new DomainError('conflict', 'checklist.duplicate_code', 'The district already has a checklist with this code.', { code }, [
    { path: '/code', code: 'duplicate' },
  ]);
