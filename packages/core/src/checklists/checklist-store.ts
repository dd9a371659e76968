import type { ChecklistTemplate } from './checklist.js';

export interface ChecklistFilter {
  readonly code?: string | undefined;
  /** Include superseded versions (default: only the active version of each code). */
  readonly includeSuperseded?: boolean | undefined;
}

/**
 * Checklist templates. A district sees the built-in templates and its own; every read takes the
 * district so another district's templates are never found.
 */
export interface ChecklistStore {
  findById(id: string, districtCode: string): Promise<ChecklistTemplate | undefined>;
  /** Built-in templates first, then the district's own, each code by version descending. */
  list(districtCode: string, filter: ChecklistFilter): Promise<ChecklistTemplate[]>;
  /** True when the district already owns a template with this code (any version). */
  codeExists(districtCode: string, code: string): Promise<boolean>;
  /** Inserts a new version; a second version with the same owner, code and number is a conflict. */
  insert(template: ChecklistTemplate): Promise<void>;
  /** Marks an active version superseded; false when it was no longer active. */
  supersede(id: string): Promise<boolean>;
}
