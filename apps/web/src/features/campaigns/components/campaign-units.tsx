import type { CampaignUnitPage } from '@safegrid/contracts';
import { Button, Table } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { labelOf } from '../../../shared/i18n/labels';
import { useTowns } from '../../regions/use-regions';

type Entry = CampaignUnitPage['items'][number];

/** The units of the campaign not inspected yet, a page at a time. */
export function CampaignUnitTable({ page, loading, hasPrevious, onFirst, onNext }: {
  readonly page: CampaignUnitPage | undefined;
  readonly loading: boolean;
  readonly hasPrevious: boolean;
  readonly onFirst: () => void;
  readonly onNext: (cursor: string) => void;
}) {
  const t = useT();
  const { nameOf } = useTowns();
  return (
    <>
      <Table<Entry>
        rowKey="unitId"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={[...(page?.items ?? [])]}
        scroll={{ x: true }}
        columns={[
          { key: 'name', title: t('field.name'), render: (_, unit) => <Link to={`/units/${unit.unitId}`}>{unit.name}</Link> },
          { key: 'kind', title: t('field.kind'), render: (_, unit) => labelOf(t, 'unitKind', unit.kind), responsive: ['md'] },
          { key: 'town', title: t('campaign.town'), render: (_, unit) => nameOf(unit.townCode) },
          { key: 'village', title: t('field.place'), render: (_, unit) => nameOf(unit.villageCode), responsive: ['lg'] },
          { key: 'last', title: t('campaign.lastInspected'), render: (_, unit) => formatDateTime(unit.lastInspectedAt), responsive: ['lg'] },
        ]}
      />
      <div className="pager">
        <Button disabled={!hasPrevious} onClick={onFirst}>{t('pager.first')}</Button>
        <Button disabled={!page?.nextCursor} onClick={() => page?.nextCursor && onNext(page.nextCursor)}>{t('pager.next')}</Button>
      </div>
    </>
  );
}
