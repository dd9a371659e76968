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
  /**
   * For the form's `onValuesChange`: a problem shown on a field (from the check before sending or
   * the server's answer) goes away once the field is changed, instead of a stale 必填 next to a
   * filled field (issue 16). Fields with rules are re-validated by the form itself.
   */
  const clearChanged = useCallback((changed: object) => {
    const stale = changedNamePaths(changed).filter((name) => form.getFieldError(name).length > 0);
    if (stale.length > 0) form.setFields(stale.map((name) => ({ name, errors: [] })));
  }, [form]);
  return { error, setError, showFieldErrors, showProblems, showError, clearChanged, clearError: () => setError(null) };
}

/** The name paths a form's `onValuesChange` reports, down into nested groups (`plan.funds`). */
export function changedNamePaths(changed: object, prefix: readonly (string | number)[] = []): (string | number)[][] {
  return Object.entries(changed).flatMap(([key, value]) => {
    const path = [...prefix, key];
    const nested = value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
    return nested ? [path, ...changedNamePaths(value as object, path)] : [path];
  });
}
