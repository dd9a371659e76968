import { INSPECTION_KINDS, INSPECTION_STATUSES, type InspectionSort } from '@safegrid/contracts';
import { Button, Checkbox, Col, DatePicker, Form, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useFilterCollapse } from '../../../shared/components/filter-collapse';
import { SortSelect } from '../../../shared/components/sort-select';
import { dayjs } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { UnitSelect } from '../../units/components/unit-select';
import { inspectionOptions } from '../inspection-labels';
import { DEFAULT_INSPECTION_SORT, INSPECTION_SORTABLE, searchFromFilters, type InspectionFilters } from '../inspection-list-query';

interface FilterForm {
  status: string[];
  kind: string[];
  unitId?: string;
  mine: boolean;
  finished?: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null;
}

function toForm(filters: InspectionFilters, userId: string): FilterForm {
  return {
    status: [...filters.status],
    kind: [...filters.kind],
    unitId: filters.unitId,
    mine: filters.inspectorId === userId,
    finished: filters.finishedFrom || filters.finishedTo
      ? [filters.finishedFrom ? dayjs(filters.finishedFrom) : null, filters.finishedTo ? dayjs(filters.finishedTo) : null]
      : null,
  };
}

function fromForm(values: FilterForm, base: InspectionFilters, userId: string): InspectionFilters {
  // "Mine only" sets the inspector; unticking it clears only my own id (another inspector chosen
  // from the table stays until cleared).
  const inspectorId = values.mine ? userId : base.inspectorId === userId ? undefined : base.inspectorId;
  return {
    status: values.status ?? [],
    kind: values.kind ?? [],
    unitId: values.unitId || undefined,
    inspectorId,
    finishedFrom: values.finished?.[0]?.format('YYYY-MM-DD'),
    finishedTo: values.finished?.[1]?.format('YYYY-MM-DD'),
    sort: base.sort,
  };
}

/**
 * The API's inspection filters as a form; applying them rewrites the URL. 排序 (the headers' orders,
 * for a phone where the headers are hidden) applies at once and keeps the other filters.
 */
export function InspectionFiltersForm({ filters, onChange, onSort, sortTitles, userId, showKind }: {
  readonly filters: InspectionFilters;
  readonly onChange: (filters: InspectionFilters) => void;
  readonly onSort: (sort: InspectionSort | undefined) => void;
  /** The header title of each sortable column key. */
  readonly sortTitles: Readonly<Record<string, string>>;
  readonly userId: string;
  readonly showKind: boolean;
}) {
  const t = useT();
  const [form] = Form.useForm<FilterForm>();
  const urlKey = searchFromFilters(filters).toString();
  useEffect(() => form.setFieldsValue(toForm(filters, userId)), [form, urlKey]); // eslint-disable-line react-hooks/exhaustive-deps -- keyed by the URL on purpose
  const multi = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const, placeholder: t('filter.any') };
  // Status and "mine" stay in sight on a phone; the rest fold away (ProTable's collapsible form).
  const hiddenActive = [filters.kind.length > 0, filters.unitId, filters.finishedFrom || filters.finishedTo, filters.sort].filter(Boolean).length;
  const collapse = useFilterCollapse(hiddenActive);
  return (
    <Form<FilterForm> form={form} layout="vertical" className="filter-bar" name="inspection-filters" initialValues={toForm(filters, userId)} onFinish={(values) => onChange(fromForm(values, filters, userId))}>
      <Row gutter={12}>
        <Col xs={24} sm={12} lg={5}><Form.Item label={t('inspections.filterStatus')} name="status"><Select {...multi} options={inspectionOptions(t, 'inspectionStatus', INSPECTION_STATUSES)} /></Form.Item></Col>
        {showKind && <Col xs={24} sm={12} lg={5} className={collapse.extra}><Form.Item label={t('inspections.filterKind')} name="kind"><Select {...multi} options={inspectionOptions(t, 'inspectionKind', INSPECTION_KINDS)} /></Form.Item></Col>}
        <Col xs={24} sm={12} lg={6} className={collapse.extra}><Form.Item label={t('inspections.filterUnit')} name="unitId"><UnitSelect /></Form.Item></Col>
        <Col xs={24} sm={12} lg={5} className={collapse.extra}><Form.Item label={t('inspections.finishedRange')} name="finished"><DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} /></Form.Item></Col>
        <Col xs={24} sm={12} lg={3}><Form.Item label={t('inspections.inspector')} name="mine" valuePropName="checked"><Checkbox>{t('inspections.mine')}</Checkbox></Form.Item></Col>
        <Col xs={24} sm={12} lg={6} className={collapse.extra}>
          <Form.Item label={t('field.sort')} htmlFor="inspection-filters-sort">
            <SortSelect id="inspection-filters-sort" sortable={INSPECTION_SORTABLE} titles={sortTitles} sort={filters.sort ?? DEFAULT_INSPECTION_SORT}
              onChange={(next) => onSort(next === DEFAULT_INSPECTION_SORT ? undefined : next as InspectionSort)} />
          </Form.Item>
        </Col>
        <Col xs={24} className="filter-actions">
          <Button type="primary" htmlType="submit">{t('filter.apply')}</Button>{' '}
          <Button onClick={() => onChange({ status: [], kind: [] })}>{t('filter.reset')}</Button>
          {collapse.toggle}
        </Col>
      </Row>
    </Form>
  );
}
