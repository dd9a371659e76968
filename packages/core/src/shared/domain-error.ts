export type DomainErrorKind = 'not_found' | 'conflict' | 'rule_violation' | 'permission_denied' | 'invalid_input' | 'rate_limited' | 'locked';

/** One offending field of a refused request: a JSON pointer into the input and a message code. */
export interface FieldProblem {
  readonly path: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * An expected failure of a use case. The API maps `kind` to a status; `code` is stable for clients
 * and chooses the translated message; `message` is the English fallback.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** Input that passed the wire schema but breaks a rule tied to one or more fields. */
export function invalidInput(fields: readonly FieldProblem[], message = 'The request has invalid fields.'): DomainError {
  return new DomainError('invalid_input', 'request.invalid', message, {}, fields);
}
