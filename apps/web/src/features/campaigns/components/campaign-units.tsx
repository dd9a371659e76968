import { CAMPAIGN_UNIT_SORTS, type CampaignUnitPage, type CampaignUnitSort } from '@safegrid/contracts';
import { Button, Table } from 'antd';
import { Link } from 'react-router';
import { onHeaderSort, withHeaderSorts, type HeaderSort } from '../../../shared/components/header-sort';
import type { ColumnOption } from '../../../shared/components/list-toolbar';
import { visibleColumns } from '../../../shared/components/list-columns';
import { formatDateTime } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { labelOf } from '../../../shared/i18n/labels';
import { can, useCurrentUser } from '../../auth/use-session';
import { startPath } from '../../inspections/inspection-paths';
import { useTowns } from '../../regions/use-regions';

type Entry = CampaignUnitPage['items'][number];

export const DEFAULT_CAMPAIGN_UNIT_SORT: CampaignUnitSort = 'town_asc';

/**
 * The headers that sort the table (ADR 0108), by column key. The API also sorts by hazards found
 * and open, but the units not yet inspected have none, so the table has no such columns.
 */
export const CAMPAIGN_UNIT_SORTABLE: Readonly<Record<string, HeaderSort>> = {
  name: { base: 'name', first: 'ascend' },
  town: { base: 'town', first: 'ascend' },
  last: { base: 'inspected', first: 'descend' },
};

/** The columns of the campaign's unit table that 列设置 can hide. */
export function useCampaignUnitColumnOptions(): ColumnOption[] {
  const t = useT();
  return [
    { key: 'name', title: t('field.name') }, { key: 'kind', title: t('field.kind') }, { key: 'town', title: t('campaign.town') },
    { key: 'village', title: t('field.place') }, { key: 'last', title: t('campaign.lastInspected') },
  ];
}

/** The units of the campaign not inspected yet, a page at a time; 操作 starts an inspection for the campaign. */
export function CampaignUnitTable({ campaignId, page, loading, hasPrevious, onFirst, onNext, hiddenColumns, sort, onSort }: {
  readonly campaignId: string;
  readonly page: CampaignUnitPage | undefined;
  readonly loading: boolean;
  readonly hasPrevious: boolean;
  readonly onFirst: () => void;
  readonly onNext: (cursor: string) => void;
  readonly hiddenColumns: readonly string[];
  readonly sort: CampaignUnitSort | undefined;
  readonly onSort: (sort: CampaignUnitSort | undefined) => void;
}) {
  const t = useT();
  const user = useCurrentUser();
  const { nameOf } = useTowns();
  const columns = withHeaderSorts(visibleColumns([
    { key: 'name', title: t('field.name'), render: (_: unknown, unit: Entry) => <Link to={`/units/${unit.unitId}`}>{unit.name}</Link> },
    { key: 'kind', title: t('field.kind'), render: (_: unknown, unit: Entry) => labelOf(t, 'unitKind', unit.kind), responsive: ['md' as const] },
    { key: 'town', title: t('campaign.town'), render: (_: unknown, unit: Entry) => nameOf(unit.townCode) },
    { key: 'village', title: t('field.place'), render: (_: unknown, unit: Entry) => nameOf(unit.villageCode), responsive: ['lg' as const] },
    { key: 'last', title: t('campaign.lastInspected'), render: (_: unknown, unit: Entry) => formatDateTime(unit.lastInspectedAt), responsive: ['lg' as const] },
  ], hiddenColumns), CAMPAIGN_UNIT_SORTABLE, sort ?? DEFAULT_CAMPAIGN_UNIT_SORT);
  const actions = can(user, 'inspection.conduct')
    ? [{ key: 'actions', title: t('list.actions'), render: (_: unknown, unit: Entry) => <Link to={startPath(user, unit.unitId, campaignId)}>{t('list.inspect')}</Link> }]
    : [];
  return (
    <>
      <Table<Entry>
        rowKey="unitId"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={[...(page?.items ?? [])]}
        scroll={{ x: true }}
        showSorterTooltip={false}
        columns={[...columns, ...actions]}
        onChange={onHeaderSort(CAMPAIGN_UNIT_SORTABLE, CAMPAIGN_UNIT_SORTS, DEFAULT_CAMPAIGN_UNIT_SORT, onSort)}
      />
      <div className="pager">
        <Button disabled={!hasPrevious} onClick={onFirst}>{t('pager.first')}</Button>
        <Button disabled={!page?.nextCursor} onClick={() => page?.nextCursor && onNext(page.nextCursor)}>{t('pager.next')}</Button>
      </div>
    </>
  );
}
