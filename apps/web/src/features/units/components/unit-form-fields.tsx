import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { DUST_KINDS, RISK_TAGS, SECTORS, SMALL_VENUE_TYPES, SUB_INDUSTRIES, SUB_INDUSTRY_SECTORS, UNIT_KIND_SECTOR, UNIT_KINDS, UNIT_STATUSES } from '@safegrid/contracts';
import { Button, Col, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { optionsOf } from '../../../shared/i18n/labels';
import { LocationMap } from '../../map/location-map';
import { UnitSelect } from './unit-select';

/** The register entry's fields, named as in the API (`CreateUnitBody`). */
export function UnitFormFields() {
  const t = useT();
  const form = Form.useFormInstance();
  const tags = (Form.useWatch('riskTags', form) as string[] | undefined) ?? [];
  const kind = Form.useWatch('kind', form) as string | undefined;
  const chosenSector = Form.useWatch('sector', form) as string | undefined;
  // The sector defaults to the kind's; only 工贸 and 商贸 units carry a sub-industry.
  const sector = chosenSector ?? (kind && Object.hasOwn(UNIT_KIND_SECTOR, kind) ? UNIT_KIND_SECTOR[kind as keyof typeof UNIT_KIND_SECTOR] : undefined);
  const hasSubIndustry = sector !== undefined && (SUB_INDUSTRY_SECTORS as readonly string[]).includes(sector);
  const lng = Form.useWatch(['location', 'lng'], form) as number | undefined;
  const lat = Form.useWatch(['location', 'lat'], form) as number | undefined;
  const point = typeof lng === 'number' && typeof lat === 'number' ? { lng, lat } : null;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Form.Item name="name" label={t('field.name')} required><Input maxLength={100} /></Form.Item>
        <Form.Item name="creditCode" label={t('field.creditCode')} extra={t('unit.creditCodeHint')}><Input maxLength={18} /></Form.Item>
        <Form.Item name="kind" label={t('field.kind')} required><Select options={optionsOf(t, 'unitKind', UNIT_KINDS)} /></Form.Item>
        <Form.Item name="sector" label={t('field.sector')} extra={t('unit.sectorHint')}><Select allowClear options={optionsOf(t, 'sector', SECTORS)} /></Form.Item>
        {hasSubIndustry && <Form.Item name="subIndustry" label={t('field.subIndustry')} extra={t('unit.subIndustryHint')}><Select allowClear options={optionsOf(t, 'subIndustry', SUB_INDUSTRIES)} /></Form.Item>}
        <Form.Item name="status" label={t('field.unitStatus')}><Select options={optionsOf(t, 'unitStatus', UNIT_STATUSES)} /></Form.Item>
        <Form.Item name="riskTags" label={t('field.riskTags')}><Select mode="multiple" options={optionsOf(t, 'riskTag', RISK_TAGS)} /></Form.Item>
        {tags.includes('dust') && <Form.Item name="dustKind" label={t('field.dustKind')}><Select allowClear options={optionsOf(t, 'dustKind', DUST_KINDS)} /></Form.Item>}
        {kind === 'small_venue' && <Form.Item name="venueType" label={t('field.venueType')}><Select allowClear options={optionsOf(t, 'venueType', SMALL_VENUE_TYPES)} /></Form.Item>}
        <Row gutter={12}>
          <Col span={12}><Form.Item name="employees" label={t('field.employees')}><InputNumber min={0} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={12}><Form.Item name="floorArea" label={t('field.floorArea')}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Form.Item name="parentId" label={t('field.parentId')} extra={t('unit.parentHint')}><UnitSelect /></Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item name="address" label={t('field.address')} required><Input maxLength={200} /></Form.Item>
        <Row gutter={12}>
          <Col span={12}><Form.Item name={['location', 'lng']} label={t('field.lng')} required><InputNumber min={-180} max={180} step={0.000001} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={12}><Form.Item name={['location', 'lat']} label={t('field.lat')} required><InputNumber min={-90} max={90} step={0.000001} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Form.Item label={t('unit.pickOnMap')}>
          <LocationMap point={point} onPick={(picked) => form.setFieldsValue({ location: picked })} />
        </Form.Item>
        <Form.List name="contacts">
          {(fields, { add, remove }) => (
            <fieldset className="plan-fields">
              <legend>{t('field.contacts')}</legend>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'name']} label={t('contact.name')} required><Input maxLength={50} /></Form.Item>
                  <Form.Item name={[field.name, 'role']} label={t('contact.role')}><Input maxLength={50} /></Form.Item>
                  <Form.Item name={[field.name, 'phone']} label={t('contact.phone')} required><Input maxLength={20} inputMode="tel" /></Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('contact.remove')} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', role: '', phone: '' })}>{t('contact.add')}</Button>
            </fieldset>
          )}
        </Form.List>
      </Col>
    </Row>
  );
}
