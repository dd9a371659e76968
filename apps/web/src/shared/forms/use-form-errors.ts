import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from '../api-client';
import { namePathOf, type FieldError } from './schema-check';

/**
 * Puts field problems (from the schema check or a 400/422 answer) on the form's fields; problems
 * of fields the form does not show, and every other failure, stay in `error` for an alert.
 */
export function useFormErrors(form: FormInstance, fieldNames: readonly string[]) {
  const [error, setError] = useState<unknown>(null);
  const showFieldErrors = useCallback((errors: readonly FieldError[]): FieldError[] => {
    const shown = errors.filter((problem) => fieldNames.includes(namePathOf(problem.path)[0] as string));
    form.setFields(shown.map((problem) => ({ name: namePathOf(problem.path), errors: [problem.message] })));
    return errors.filter((problem) => !shown.includes(problem));
  }, [form, fieldNames]);
  /** Problems found before sending: on their fields, the rest in the alert. True when there were any. */
  const showProblems = useCallback((problems: readonly FieldError[]): boolean => {
    const rest = showFieldErrors(problems);
    if (rest.length > 0) {
      const errors = rest.map((problem) => ({ path: problem.path, code: 'format', message: problem.message }));
      setError(new ApiError(400, 'request.invalid', { type: '', title: '', status: 400, detail: '', code: 'request.invalid', errors, requestId: '' }));
    }
    return problems.length > 0;
  }, [showFieldErrors]);
  const showError = useCallback((failure: unknown) => {
    if (failure instanceof ApiError && failure.problem?.errors) {
      const rest = showFieldErrors(failure.problem.errors.map((problem) => ({ path: problem.path, message: problem.message })));
      setError(rest.length > 0 || failure.problem.errors.length === 0 ? failure : null);
      return;
    }
    setError(failure);
  }, [showFieldErrors]);
  return { error, setError, showFieldErrors, showProblems, showError, clearError: () => setError(null) };
}
