import { RISK_LEVELS, RISK_TAGS, UNIT_KINDS, UNIT_STATUSES } from '@safegrid/contracts';
import { Button, Col, Form, Input, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../../shared/i18n/i18n';
import { optionsOf } from '../../../shared/i18n/labels';
import { useCurrentUser } from '../../auth/use-session';
import { visibleSectors } from '../../auth/visible-sectors';
import { useTowns } from '../../regions/use-regions';
import { useFilterCollapse } from '../../../shared/components/filter-collapse';
import { riskOptionsOf } from '../../risk/risk-labels';
import { searchFromUnitFilters, type UnitFilters } from '../unit-list-query';

type FilterForm = { kind: string[]; sector: string[]; tag: string[]; status: string[]; riskLevel: string[]; regionCode?: string; q?: string; sort?: 'name' | 'recent' };

const EMPTY: UnitFilters = { kind: [], sector: [], tag: [], status: [], riskLevel: [] };

export function UnitFiltersForm({ filters, onChange, showTown }: { readonly filters: UnitFilters; readonly onChange: (filters: UnitFilters) => void; readonly showTown: boolean }) {
  const t = useT();
  const [form] = Form.useForm<FilterForm>();
  const { towns } = useTowns();
  const user = useCurrentUser();
  const values = { ...filters, kind: [...filters.kind], sector: [...filters.sector], tag: [...filters.tag], status: [...filters.status], riskLevel: [...filters.riskLevel], sort: filters.sort ?? 'name' };
  // Only when the URL changed (back/forward, reset): not on every render, which would undo typing.
  const urlKey = searchFromUnitFilters(filters).toString();
  useEffect(() => form.setFieldsValue(values), [form, urlKey]); // eslint-disable-line react-hooks/exhaustive-deps -- keyed by the URL on purpose
  const multi = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const, placeholder: t('filter.any') };
  // Search, kind and colour stay in sight on a phone; the rest fold away.
  const hiddenActive = [filters.sector, filters.tag, filters.status].filter((values) => values.length > 0).length
    + [filters.regionCode, filters.sort].filter(Boolean).length;
  const collapse = useFilterCollapse(hiddenActive);
  return (
    <Form<FilterForm>
      form={form}
      layout="vertical"
      className="filter-bar"
      name="unit-filters"
      initialValues={values}
      onFinish={(next) => onChange({ ...EMPTY, ...next, regionCode: next.regionCode || undefined, q: next.q?.trim() || undefined, sort: next.sort === 'recent' ? 'recent' : undefined, cursor: undefined })}
    >
      <Row gutter={12}>
        <Col xs={24} sm={12} lg={6}><Form.Item label={t('field.search')} name="q"><Input allowClear maxLength={50} placeholder={t('filter.searchUnits')} /></Form.Item></Col>
        <Col xs={24} sm={12} lg={6}><Form.Item label={t('field.kind')} name="kind"><Select {...multi} options={optionsOf(t, 'unitKind', UNIT_KINDS)} /></Form.Item></Col>
        <Col xs={24} sm={12} lg={6} className={collapse.extra}><Form.Item label={t('field.sector')} name="sector"><Select {...multi} options={optionsOf(t, 'sector', visibleSectors(user))} /></Form.Item></Col>
        <Col xs={24} sm={12} lg={6} className={collapse.extra}><Form.Item label={t('field.riskTags')} name="tag"><Select {...multi} options={optionsOf(t, 'riskTag', RISK_TAGS)} /></Form.Item></Col>
        <Col xs={24} sm={12} lg={6}><Form.Item label={t('risk.filter')} name="riskLevel"><Select {...multi} options={riskOptionsOf(t, 'riskLevel', RISK_LEVELS)} /></Form.Item></Col>
        <Col xs={24} sm={12} lg={6} className={collapse.extra}><Form.Item label={t('field.unitStatus')} name="status"><Select {...multi} options={optionsOf(t, 'unitStatus', UNIT_STATUSES)} /></Form.Item></Col>
        {showTown && (
          <Col xs={24} sm={12} lg={6} className={collapse.extra}>
            <Form.Item label={t('field.town')} name="regionCode">
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('filter.any')} options={towns.map((town) => ({ value: town.code, label: town.name }))} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} sm={12} lg={6} className={collapse.extra}>
          <Form.Item label={t('field.sort')} name="sort">
            <Select options={[{ value: 'name', label: t('sort.name') }, { value: 'recent', label: t('sort.recent') }]} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={<span className="visually-hidden">{t('filter.apply')}</span>}>
            <Button type="primary" htmlType="submit">{t('filter.apply')}</Button>{' '}
            <Button onClick={() => onChange(EMPTY)}>{t('filter.reset')}</Button>
            {collapse.toggle}
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
