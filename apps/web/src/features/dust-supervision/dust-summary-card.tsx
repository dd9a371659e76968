import type { DustSupervisionSummary } from '@safegrid/contracts';
import { Card, Collapse, Table } from 'antd';
import { Link } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { useTowns } from '../regions/use-regions';
import { useDustSummary } from './use-dust-supervision';

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** 涉粉企业常态监管: 安全专员配备率 and 除尘改造完成率 by town, and the dust units still without (dashboard and dust campaign). */
export function DustSummaryCard() {
  const t = useT();
  const { nameOf } = useTowns();
  const summary = useDustSummary();
  type Town = DustSupervisionSummary['towns'][number];
  type Gap = DustSupervisionSummary['gaps'][number];
  return (
    <Card title={t('dust.summaryTitle')} data-testid="dust-summary">
      <ProblemAlert error={summary.error} />
      <Table<Town>
        rowKey="townCode" size="small" pagination={false} loading={summary.isLoading} dataSource={summary.data?.towns ?? []}
        columns={[
          { key: 'town', title: t('dust.town'), render: (_, row) => nameOf(row.townCode) },
          { key: 'units', title: t('dust.units'), dataIndex: 'dustUnits' },
          { key: 'officer', title: t('dust.officerRate'), render: (_, row) => `${percent(row.officerRate)} (${row.withOfficer})` },
          { key: 'retrofit', title: t('dust.retrofitRate'), render: (_, row) => `${percent(row.retrofitRate)} (${row.retrofitDone})` },
        ]}
      />
      {summary.data && summary.data.gaps.length > 0 && (
        <Collapse className="section-card" items={[{
          key: 'gaps', label: t('dust.gaps', { count: summary.data.gaps.length }),
          children: (
            <Table<Gap>
              rowKey="unitId" size="small" pagination={{ pageSize: 20 }} dataSource={[...summary.data.gaps]}
              columns={[
                { key: 'name', title: t('field.unit'), render: (_, gap) => <Link to={`/units/${gap.unitId}`}>{gap.unitName}</Link> },
                { key: 'town', title: t('dust.town'), render: (_, gap) => nameOf(gap.townCode) },
                { key: 'officer', title: t('dust.officer'), render: (_, gap) => (gap.hasOfficer ? t('dust.officerYes') : t('dust.officerNo')) },
                { key: 'retrofit', title: t('dust.retrofit'), render: (_, gap) => t(`dust.retrofitState.${gap.retrofitState}` as UiMessageKey) },
              ]}
            />
          ),
        }]} />
      )}
    </Card>
  );
}
