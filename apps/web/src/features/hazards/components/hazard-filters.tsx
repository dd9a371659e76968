import {
  HAZARD_CATEGORIES,
  HAZARD_LEVELS,
  HAZARD_SOURCES,
  HAZARD_STATUSES,
} from '@safegrid/contracts';
import { Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useEffect } from 'react';
import { dayjs } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { optionsOf } from '../../../shared/i18n/labels';
import { useCurrentUser } from '../../auth/use-session';
import { visibleSectors } from '../../auth/visible-sectors';
import { useTowns } from '../../regions/use-regions';
import { useFilterCollapse } from '../../../shared/components/filter-collapse';
import { searchFromFilters, type HazardFilters } from '../hazard-list-query';

interface FilterForm {
  status: string[];
  level: string[];
  source: string[];
  category: string[];
  sector: string[];
  regionCode?: string;
  overdue?: 'true' | 'false';
  q?: string;
  reportedFrom?: dayjs.Dayjs | null;
  reportedTo?: dayjs.Dayjs | null;
}

function toForm(filters: HazardFilters): FilterForm {
  return {
    status: [...filters.status],
    level: [...filters.level],
    source: [...filters.source],
    category: [...filters.category],
    sector: [...filters.sector],
    regionCode: filters.regionCode,
    overdue: filters.overdue === undefined ? undefined : filters.overdue ? 'true' : 'false',
    q: filters.q,
    reportedFrom: filters.reportedFrom ? dayjs(filters.reportedFrom) : null,
    reportedTo: filters.reportedTo ? dayjs(filters.reportedTo) : null,
  };
}

function fromForm(values: FilterForm, base: HazardFilters): HazardFilters {
  return {
    ...base,
    status: values.status ?? [],
    level: values.level ?? [],
    source: values.source ?? [],
    category: values.category ?? [],
    sector: values.sector ?? [],
    regionCode: values.regionCode || undefined,
    overdue: values.overdue === undefined ? undefined : values.overdue === 'true',
    q: values.q?.trim() || undefined,
    reportedFrom: values.reportedFrom?.format('YYYY-MM-DD'),
    reportedTo: values.reportedTo?.format('YYYY-MM-DD'),
    cursor: undefined,
  };
}

/** The API's hazard filters as a form; applying them rewrites the URL. */
export function HazardFiltersForm({ filters, onChange, showTown }: {
  readonly filters: HazardFilters;
  readonly onChange: (filters: HazardFilters) => void;
  readonly showTown: boolean;
}) {
  const t = useT();
  const [form] = Form.useForm<FilterForm>();
  const { towns } = useTowns();
  const user = useCurrentUser();
  // Only when the URL changed (back/forward, reset): not on every render, which would undo typing.
  const urlKey = searchFromFilters(filters).toString();
  useEffect(() => form.setFieldsValue(toForm(filters)), [form, urlKey]); // eslint-disable-line react-hooks/exhaustive-deps -- keyed by the URL on purpose
  const multi = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const, placeholder: t('filter.any') };
  // Search, status and overdue stay in sight on a phone; the rest fold away.
  const hiddenActive = [filters.level, filters.sector, filters.category, filters.source].filter((values) => values.length > 0).length
    + [filters.regionCode, filters.reportedFrom, filters.reportedTo].filter(Boolean).length;
  const collapse = useFilterCollapse(hiddenActive);

  return (
    <Form<FilterForm> form={form} layout="vertical" className="filter-bar" name="hazard-filters" initialValues={toForm(filters)} onFinish={(values) => onChange(fromForm(values, filters))}>
      <Row gutter={12}>
        <Col xs={24} sm={12} lg={6}><Form.Item label={t('field.status')} name="status"><Select {...multi} options={optionsOf(t, 'hazardStatus', HAZARD_STATUSES)} /></Form.Item></Col>
        <Col xs={24} sm={12} lg={6}><Form.Item label={t('field.overdue')} name="overdue"><Select allowClear placeholder={t('filter.any')} options={[{ value: 'true', label: t('filter.overdueOnly') }, { value: 'false', label: t('filter.notOverdue') }]} /></Form.Item></Col>
        <Col xs={24} sm={12} lg={6} className={collapse.extra}><Form.Item label={t('field.level')} name="level"><Select {...multi} options={optionsOf(t, 'hazardLevel', HAZARD_LEVELS)} /></Form.Item></Col>
        <Col xs={24} sm={12} lg={6} className={collapse.extra}><Form.Item label={t('field.sector')} name="sector"><Select {...multi} options={optionsOf(t, 'sector', visibleSectors(user))} /></Form.Item></Col>
        <Col xs={24} sm={12} lg={6} className={collapse.extra}><Form.Item label={t('field.category')} name="category"><Select {...multi} options={optionsOf(t, 'hazardCategory', HAZARD_CATEGORIES)} /></Form.Item></Col>
        <Col xs={24} sm={12} lg={6} className={collapse.extra}><Form.Item label={t('field.source')} name="source"><Select {...multi} options={optionsOf(t, 'hazardSource', HAZARD_SOURCES)} /></Form.Item></Col>
        {showTown && (
          <Col xs={24} sm={12} lg={6} className={collapse.extra}>
            <Form.Item label={t('field.town')} name="regionCode">
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('filter.any')} options={towns.map((town) => ({ value: town.code, label: town.name }))} />
            </Form.Item>
          </Col>
        )}
        <Col xs={12} sm={6} lg={3} className={collapse.extra}><Form.Item label={t('field.reportedFrom')} name="reportedFrom"><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
        <Col xs={12} sm={6} lg={3} className={collapse.extra}><Form.Item label={t('field.reportedTo')} name="reportedTo"><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
        <Col xs={24} sm={12} lg={6}><Form.Item label={t('field.search')} name="q"><Input allowClear maxLength={50} placeholder={t('filter.searchHazards')} /></Form.Item></Col>
        <Col xs={24} sm={12} lg={6} className="filter-actions">
          <Form.Item label={<span className="visually-hidden">{t('filter.apply')}</span>}>
            <Button type="primary" htmlType="submit">{t('filter.apply')}</Button>{' '}
            <Button onClick={() => onChange({ status: [], level: [], source: [], category: [], sector: [] })}>{t('filter.reset')}</Button>
            {collapse.toggle}
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
