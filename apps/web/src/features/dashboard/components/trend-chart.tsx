import type { TrendResponse } from '@safegrid/contracts';
import { useMemo } from 'react';
import { SERIES } from '../../../app/theme';
import { useT } from '../../../shared/i18n/i18n';
import { monthRate } from '../dashboard-figures';
import { EChart } from './echart';

/** Found vs closed per month over the last year, with each month's rectification rate. */
export function TrendChart({ trend }: { readonly trend: TrendResponse }) {
  const t = useT();
  const option = useMemo(() => {
    const months = trend.months;
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: [t('chart.found'), t('chart.closed'), t('chart.rate')], bottom: 0 },
      grid: { left: 48, right: 48, top: 24, bottom: 56 },
      xAxis: { type: 'category', data: months.map((month) => month.month) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        { name: t('chart.found'), type: 'bar', data: months.map((month) => month.found), itemStyle: { color: SERIES.found } },
        { name: t('chart.closed'), type: 'bar', data: months.map((month) => month.closed), itemStyle: { color: SERIES.closed } },
        {
          name: t('chart.rate'), type: 'line', yAxisIndex: 1, itemStyle: { color: SERIES.rate },
          data: months.map((month) => {
            const rate = monthRate(month);
            return rate === null ? null : Math.round(rate * 1000) / 10;
          }),
        },
      ],
    };
  }, [trend, t]);
  const last = trend.months[trend.months.length - 1];
  return <EChart option={option} summary={t('chart.trendSummary', { found: last?.found ?? 0, closed: last?.closed ?? 0 })} />;
}
