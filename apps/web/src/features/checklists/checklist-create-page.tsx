import type { CreateChecklistBody } from '@safegrid/contracts';
import { Alert, Button, Card, Form, Input, Result, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import { can, useCurrentUser } from '../auth/use-session';
import { createBodyOf } from './checklist-revision';
import { ChecklistItemsFields, TemplateFields } from './components/checklist-fields';
import { useCreateChecklist } from './use-checklists';

const NO_APPLICABILITY = { kinds: [], sectors: [], tags: [], dustKinds: [] };

const BLANK: CreateChecklistBody = {
  code: '', name: '', description: '', appliesTo: NO_APPLICABILITY, excludedSectors: [],
  items: [{ id: '', section: '', text: '', finding: '', legalBasis: [{ regulation: '', article: '' }], hazardLevel: 'general', category: 'management', appliesTo: NO_APPLICABILITY }],
};

/** 新建检查表: the district office writes a template from nothing; it becomes version 1 of a new code. */
export function ChecklistCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<CreateChecklistBody>();
  const create = useCreateChecklist();
  const user = useCurrentUser();
  if (!can(user, 'checklist.manage')) return <Result status="403" title={t('checklist.notAllowed')} />;
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('checklist.createTitle')}</Typography.Title>
      </div>
      <Alert type="info" showIcon title={t('checklist.createNote')} style={{ marginBottom: 16 }} />
      <ProblemAlert error={create.error} />
      <Form<CreateChecklistBody>
        form={form}
        layout="vertical"
        initialValues={BLANK}
        requiredMark
        onFinish={() => create.mutate(createBodyOf(form.getFieldsValue(true) as CreateChecklistBody), { onSuccess: (created) => void navigate(`/checklists/${created.id}`) })}
      >
        <Card className="section-card">
          <Form.Item name="code" label={t('checklist.code')} extra={t('checklist.codeHelp')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
            <Input maxLength={48} autoComplete="off" />
          </Form.Item>
        </Card>
        <TemplateFields />
        <ChecklistItemsFields form={form} />
        <div className="form-actions">
          <Button type="primary" htmlType="submit" size="large" loading={create.isPending}>{t('checklist.saveNew')}</Button>{' '}
          <Button size="large" onClick={() => navigate(-1)}>{t('common.back')}</Button>
        </div>
      </Form>
    </>
  );
}
