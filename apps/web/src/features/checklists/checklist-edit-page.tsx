import type { ChecklistResponse, ReviseChecklistBody } from '@safegrid/contracts';
import { Alert, Button, Form, Result, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { QueryBoundary } from '../../shared/components/query-boundary';
import { useT } from '../../shared/i18n/i18n';
import { can, useCurrentUser } from '../auth/use-session';
import { reviseBodyOf } from './checklist-revision';
import { ChecklistItemsFields, TemplateFields } from './components/checklist-fields';
import { useChecklist, useReviseChecklist } from './use-checklists';

/** Editing a district template writes its next version; the one edited is kept for past inspections. */
export function ChecklistEditPage() {
  const { id = '' } = useParams();
  const checklist = useChecklist(id);
  return <QueryBoundary query={checklist}>{(data) => <ChecklistEditor checklist={data} />}</QueryBoundary>;
}

function ChecklistEditor({ checklist }: { readonly checklist: ChecklistResponse }) {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<ReviseChecklistBody>();
  const revise = useReviseChecklist(checklist.id);
  const user = useCurrentUser();
  const initial: ReviseChecklistBody = {
    name: checklist.name,
    description: checklist.description,
    appliesTo: checklist.appliesTo,
    excludedSectors: checklist.excludedSectors,
    items: checklist.items,
  };
  if (!can(user, 'checklist.manage')) return <Result status="403" title={t('checklist.notAllowed')} />;
  if (checklist.builtIn || checklist.status !== 'active') {
    return <Alert type="warning" showIcon title={checklist.builtIn ? t('checklist.builtInNote') : t('checklist.supersededNote')} />;
  }
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('checklist.editTitle', { name: checklist.name })}</Typography.Title>
      </div>
      <Alert type="info" showIcon title={t('checklist.editNote', { version: checklist.version + 1 })} style={{ marginBottom: 16 }} />
      <ProblemAlert error={revise.error} />
      <Form<ReviseChecklistBody>
        form={form}
        layout="vertical"
        initialValues={initial}
        requiredMark
        // Fields the editor does not show (applicability) are kept as they were: read every value.
        onFinish={() => revise.mutate(reviseBodyOf(form.getFieldsValue(true) as ReviseChecklistBody), { onSuccess: (next) => void navigate(`/checklists/${next.id}`) })}
      >
        <TemplateFields />
        <ChecklistItemsFields form={form} />
        <div className="form-actions">
          <Button type="primary" htmlType="submit" size="large" loading={revise.isPending}>{t('checklist.saveVersion')}</Button>{' '}
          <Button size="large" onClick={() => navigate(-1)}>{t('common.back')}</Button>
        </div>
      </Form>
    </>
  );
}
