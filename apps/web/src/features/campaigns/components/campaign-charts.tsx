import type { CampaignCoverageResponse, CampaignProgressResponse } from '@safegrid/contracts';
import { useMemo } from 'react';
import { SERIES } from '../../../app/theme';
import { formatRate } from '../../../shared/format/numbers';
import { useI18n } from '../../../shared/i18n/i18n';
import { EChart } from '../../dashboard/components/echart';

// The campaign's charts in one chunk, loaded after its numbers (ECharts is large).

/** Inspected and not inspected units per town, lowest coverage at the top. */
export function TownCoverageChart({ byTown }: { readonly byTown: CampaignCoverageResponse['byTown'] }) {
  const { t, language } = useI18n();
  const rows = useMemo(() => [...byTown].sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0)), [byTown]);
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: [t('campaign.kpiInspected'), t('campaign.kpiNotInspected')], bottom: 0 },
    grid: { left: 96, right: 24, top: 8, bottom: 40 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((row) => row.townName) },
    series: [
      { name: t('campaign.kpiInspected'), type: 'bar', stack: 'units', data: rows.map((row) => row.inspected), itemStyle: { color: SERIES.closed } },
      { name: t('campaign.kpiNotInspected'), type: 'bar', stack: 'units', data: rows.map((row) => row.notInspected), itemStyle: { color: SERIES.open } },
    ],
  }), [rows, t]);
  const lowest = rows[rows.length - 1];
  return <EChart option={option} className="chart chart-tall" summary={t('campaign.byTownSummary', { town: lowest?.townName ?? '—', rate: formatRate(lowest?.rate, language) })} />;
}

/** Cumulative inspected units, hazards found and closed per day, and coverage on a second axis. */
export function ProgressChart({ progress }: { readonly progress: CampaignProgressResponse }) {
  const { t, language } = useI18n();
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    legend: { data: [t('campaign.progressInspected'), t('campaign.progressFound'), t('campaign.progressClosed'), t('campaign.progressRate')], bottom: 0 },
    grid: { left: 48, right: 48, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: progress.map((day) => day.date.slice(5)) },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: t('campaign.progressInspected'), type: 'line', showSymbol: false, data: progress.map((day) => day.cumulativeInspected), itemStyle: { color: SERIES.found } },
      { name: t('campaign.progressFound'), type: 'line', showSymbol: false, data: progress.map((day) => day.cumulativeFound), itemStyle: { color: SERIES.open } },
      { name: t('campaign.progressClosed'), type: 'line', showSymbol: false, data: progress.map((day) => day.cumulativeClosed), itemStyle: { color: SERIES.closed } },
      {
        name: t('campaign.progressRate'), type: 'line', yAxisIndex: 1, showSymbol: false, lineStyle: { type: 'dashed' },
        data: progress.map((day) => (day.coverageRate === null ? null : Math.round(day.coverageRate * 1000) / 10)), itemStyle: { color: SERIES.rate },
      },
    ],
  }), [progress, t]);
  const last = progress[progress.length - 1];
  return (
    <EChart
      option={option}
      className="chart chart-tall"
      summary={t('campaign.progressSummary', { date: last?.date ?? '—', inspected: last?.cumulativeInspected ?? 0, rate: formatRate(last?.coverageRate, language) })}
    />
  );
}
