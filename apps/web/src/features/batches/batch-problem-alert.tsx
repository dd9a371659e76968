import { describeFieldProblem } from '@safegrid/contracts';
import { Alert } from 'antd';
import { ApiError } from '../../shared/api-client';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useI18n } from '../../shared/i18n/i18n';

/**
 * A refused batch (`batch.refused`, ADR 0092) names each offending row by what the list shows (a
 * hazard's title, a tenant's name) and why; any other failure is shown as usual.
 */
export function BatchProblemAlert({ error, names }: { readonly error: unknown; readonly names: readonly string[] }) {
  const { t, language, problemTitle } = useI18n();
  if (!(error instanceof ApiError) || error.code !== 'batch.refused' || !error.problem?.errors) return <ProblemAlert error={error} />;
  const lines = error.problem.errors.map((problem) => {
    const item = /^\/\w+\/(\d+)(\/.*)?$/.exec(problem.path);
    const name = item ? names[Number(item[1])] : undefined;
    if (!item || name === undefined) return problem.message;
    return t('batch.refusedItem', { name, reason: describeFieldProblem(language, { path: item[2] ?? '', code: problem.code }) });
  });
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={problemTitle(error.code)}
      description={<ul className="problem-details" data-testid="batch-refusal">{lines.map((line, index) => <li key={index}>{line}</li>)}</ul>}
      style={{ marginBottom: 16 }}
    />
  );
}
