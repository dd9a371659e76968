import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { HAZARD_CATEGORIES, HAZARD_LEVELS, SECTORS, type ChecklistItem } from '@safegrid/contracts';
import { Button, Card, Col, Form, Input, Row, Select, Space, Typography, type FormInstance } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { optionsOf } from '../../../shared/i18n/labels';
import { ApplicabilityFields } from './applicability-fields';

const NO_APPLICABILITY = { kinds: [], sectors: [], tags: [], dustKinds: [] };

/** The items of a template being written: one card per item, and a button for the next one. */
export function ChecklistItemsFields({ form }: { readonly form: FormInstance }) {
  const t = useT();
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <Card title={t('checklist.items', { count: fields.length })} className="section-card">
          {fields.map((field, index) => (
            <ItemFields key={field.key} name={field.name} index={index} onRemove={fields.length > 1 ? () => remove(field.name) : undefined} />
          ))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({
            id: '', section: (form.getFieldValue(['items', fields.length - 1, 'section']) as string | undefined) ?? '', text: '', finding: '',
            legalBasis: [{ regulation: '', article: '' }], hazardLevel: 'general', category: 'management', appliesTo: NO_APPLICABILITY,
          } satisfies ChecklistItem)}>{t('checklist.addItem')}</Button>
        </Card>
      )}
    </Form.List>
  );
}

/** One item of the editor: code, section, level, category, requirement, finding and its legal citations. */
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
        <Col xs={24}><Form.Item name={[name, 'finding']} label={t('checklist.finding')} extra={t('checklist.findingHelp')} rules={required}><Input.TextArea maxLength={200} autoSize={{ minRows: 1, maxRows: 3 }} /></Form.Item></Col>
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
export function TemplateFields() {
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
