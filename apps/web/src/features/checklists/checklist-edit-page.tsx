import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { HAZARD_CATEGORIES, HAZARD_LEVELS, SECTORS, type ChecklistItem, type ChecklistResponse, type ReviseChecklistBody } from '@safegrid/contracts';
import { Alert, Button, Card, Col, Form, Input, Result, Row, Select, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { QueryBoundary } from '../../shared/components/query-boundary';
import { useT } from '../../shared/i18n/i18n';
import { optionsOf } from '../../shared/i18n/labels';
import { can, useCurrentUser } from '../auth/use-session';
import { reviseBodyOf } from './checklist-revision';
import { ApplicabilityFields } from './components/applicability-fields';
import { useChecklist, useReviseChecklist } from './use-checklists';

const NO_APPLICABILITY = { kinds: [], sectors: [], tags: [], dustKinds: [] };

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
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Card title={t('checklist.items', { count: fields.length })} className="section-card">
              {fields.map((field, index) => (
                <ItemFields key={field.key} name={field.name} index={index} onRemove={fields.length > 1 ? () => remove(field.name) : undefined} />
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({
                id: '', section: (form.getFieldValue(['items', fields.length - 1, 'section']) as string | undefined) ?? '', text: '',
                legalBasis: [{ regulation: '', article: '' }], hazardLevel: 'general', category: 'management', appliesTo: NO_APPLICABILITY,
              } satisfies ChecklistItem)}>{t('checklist.addItem')}</Button>
            </Card>
          )}
        </Form.List>
        <div className="form-actions">
          <Button type="primary" htmlType="submit" size="large" loading={revise.isPending}>{t('checklist.saveVersion')}</Button>{' '}
          <Button size="large" onClick={() => navigate(-1)}>{t('common.back')}</Button>
        </div>
      </Form>
    </>
  );
}

/** One item of the editor: code, section, level, category, text and its legal citations. */
function ItemFields({ name, index, onRemove }: { readonly name: number; readonly index: number; readonly onRemove: (() => void) | undefined }) {
  const t = useT();
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  return (
    <Card size="small" className="answer-item" title={`${index + 1}`} extra={
      <Button danger type="text" icon={<DeleteOutlined aria-hidden />} aria-label={`${t('checklist.removeItem')} ${index + 1}`} onClick={onRemove} disabled={!onRemove} />
    }>
      <Row gutter={12}>
        <Col xs={24} md={6}><Form.Item name={[name, 'id']} label={t('checklist.itemId')} rules={required}><Input maxLength={40} /></Form.Item></Col>
        <Col xs={24} md={6}><Form.Item name={[name, 'section']} label={t('checklist.section')} rules={required}><Input maxLength={100} /></Form.Item></Col>
        <Col xs={12} md={6}><Form.Item name={[name, 'hazardLevel']} label={t('checklist.level')} rules={[{ required: true, message: t('form.required') }]}><Select options={optionsOf(t, 'hazardLevel', HAZARD_LEVELS)} /></Form.Item></Col>
        <Col xs={12} md={6}><Form.Item name={[name, 'category']} label={t('checklist.category')} rules={[{ required: true, message: t('form.required') }]}><Select options={optionsOf(t, 'hazardCategory', HAZARD_CATEGORIES)} /></Form.Item></Col>
        <Col xs={24}><Form.Item name={[name, 'text']} label={t('checklist.itemText')} rules={required}><Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} /></Form.Item></Col>
      </Row>
      <Typography.Text type="secondary">{t('checklist.itemApplies')}</Typography.Text>
      <ApplicabilityFields name={[name, 'appliesTo']} />
      <Typography.Text type="secondary">{t('inspection.legalBasis')}</Typography.Text>
      <Form.List name={[name, 'legalBasis']}>
        {(citations, citationOps) => (
          <>
            {citations.map((citation, citationIndex) => (
              <Space key={citation.key} align="start" wrap style={{ display: 'flex' }}>
                <Form.Item name={[citation.name, 'regulation']} label={t('checklist.regulation')} rules={required}><Input maxLength={200} style={{ width: 320 }} /></Form.Item>
                <Form.Item name={[citation.name, 'article']} label={t('checklist.article')} rules={required}><Input maxLength={100} style={{ width: 160 }} /></Form.Item>
                <Form.Item label={<span className="visually-hidden">{t('checklist.removeCitation')}</span>}>
                  <Button icon={<DeleteOutlined aria-hidden />} aria-label={`${t('checklist.removeCitation')} ${index + 1}.${citationIndex + 1}`} disabled={citations.length <= 1} onClick={() => citationOps.remove(citation.name)} />
                </Form.Item>
              </Space>
            ))}
            <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => citationOps.add({ regulation: '', article: '' })} disabled={citations.length >= 5}>{t('checklist.addCitation')}</Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

/** The template's name, description and which units it applies to. */
function TemplateFields() {
  const t = useT();
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  return (
    <Card>
      <Form.Item name="name" label={t('checklists.name')} rules={required}><Input maxLength={100} /></Form.Item>
      <Form.Item name="description" label={t('checklist.description')}><Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} /></Form.Item>
      <Typography.Title level={5}>{t('checklists.appliesTo')}</Typography.Title>
      <ApplicabilityFields name={['appliesTo']} />
      <Form.Item name="excludedSectors" label={t('checklists.excludedSectors')}>
        <Select mode="multiple" allowClear options={optionsOf(t, 'sector', SECTORS)} />
      </Form.Item>
    </Card>
  );
}
