import { DUST_KINDS, RISK_TAGS, SECTORS, UNIT_KINDS } from '@safegrid/contracts';
import { Col, Form, Row, Select } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { optionsOf } from '../../../shared/i18n/labels';

type NamePath = (string | number)[];

/** Which units a template or an item applies to: each non-empty list narrows; all empty means every unit. */
export function ApplicabilityFields({ name }: { readonly name: NamePath }) {
  const t = useT();
  const multi = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const, placeholder: t('checklists.appliesToAll') };
  return (
    <Row gutter={12}>
      <Col xs={24} md={6}><Form.Item name={[...name, 'kinds']} label={t('field.kind')}><Select {...multi} options={optionsOf(t, 'unitKind', UNIT_KINDS)} /></Form.Item></Col>
      <Col xs={24} md={6}><Form.Item name={[...name, 'sectors']} label={t('field.sector')}><Select {...multi} options={optionsOf(t, 'sector', SECTORS)} /></Form.Item></Col>
      <Col xs={24} md={6}><Form.Item name={[...name, 'tags']} label={t('field.riskTags')}><Select {...multi} options={optionsOf(t, 'riskTag', RISK_TAGS)} /></Form.Item></Col>
      <Col xs={24} md={6}><Form.Item name={[...name, 'dustKinds']} label={t('field.dustKind')}><Select {...multi} options={optionsOf(t, 'dustKind', DUST_KINDS)} /></Form.Item></Col>
    </Row>
  );
}
