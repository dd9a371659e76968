import type { OverviewResponse } from '@safegrid/contracts';
import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { SERIES } from '../../../app/theme';
import { useT } from '../../../shared/i18n/i18n';
import { EChart } from './echart';

/** Open and overdue hazards per town, most open first; a bar opens that town's open hazards. */
export function TownChart({ byTown }: { readonly byTown: OverviewResponse['byTown'] }) {
  const t = useT();
  const navigate = useNavigate();
  const rows = useMemo(() => [...byTown].sort((a, b) => a.open - b.open), [byTown]);
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: [t('chart.open'), t('chart.overdue')], bottom: 0 },
    grid: { left: 96, right: 24, top: 8, bottom: 40 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((row) => row.townName) },
    series: [
      { name: t('chart.open'), type: 'bar', data: rows.map((row) => row.open), itemStyle: { color: SERIES.open } },
      { name: t('chart.overdue'), type: 'bar', data: rows.map((row) => row.overdue), itemStyle: { color: SERIES.overdue } },
    ],
  }), [rows, t]);
  const open = useCallback((townName: string) => {
    const town = rows.find((row) => row.townName === townName);
    if (town) navigate(`/hazards?regionCode=${town.townCode}&status=reported&status=assigned&status=submitted`);
  }, [rows, navigate]);
  const top = rows[rows.length - 1];
  return (
    <EChart
      option={option}
      className="chart chart-tall"
      onItemClick={open}
      summary={t('chart.townSummary', { town: top?.townName ?? '—', open: top?.open ?? 0 })}
    />
  );
}
