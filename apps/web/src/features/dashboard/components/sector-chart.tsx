import { HAZARD_CATEGORIES, HAZARD_CATEGORY_ROUTES, type BreakdownResponse } from '@safegrid/contracts';
import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { SERIES } from '../../../app/theme';
import { useT } from '../../../shared/i18n/i18n';
import { labelOf } from '../../../shared/i18n/labels';
import { EChart } from './echart';

/** Open, overdue and open-major hazards per sector as the 通报 groups them, by category (三管三必须: each sector's department answers for them). */
export function SectorChart({ breakdown }: { readonly breakdown: BreakdownResponse }) {
  const t = useT();
  const navigate = useNavigate();
  const rows = useMemo(() => [...breakdown.rows].filter((row) => row.total > 0).sort((a, b) => a.open - b.open), [breakdown]);
  const labels = useMemo(() => rows.map((row) => labelOf(t, 'sector', row.key)), [rows, t]);
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: [t('chart.open'), t('chart.overdue'), t('chart.major')], bottom: 0 },
    grid: { left: 96, right: 24, top: 8, bottom: 40 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels },
    series: [
      { name: t('chart.open'), type: 'bar', data: rows.map((row) => row.open), itemStyle: { color: SERIES.open } },
      { name: t('chart.overdue'), type: 'bar', data: rows.map((row) => row.overdue), itemStyle: { color: SERIES.overdue } },
      { name: t('chart.major'), type: 'bar', data: rows.map((row) => row.major), itemStyle: { color: SERIES.major } },
    ],
  }), [rows, labels, t]);
  const open = useCallback((label: string) => {
    const row = rows[labels.indexOf(label)];
    // The rows group by category (HAZARD_CATEGORY_ROUTES), so the list opens on the sector's categories rather than the units' stored sector.
    const categories = HAZARD_CATEGORIES.filter((category) => HAZARD_CATEGORY_ROUTES[category].sector === row?.key);
    if (row) navigate(`/hazards?${categories.map((category) => `category=${category}`).join('&')}&status=reported&status=assigned&status=submitted`);
  }, [rows, labels, navigate]);
  const top = rows[rows.length - 1];
  return (
    <EChart
      option={option}
      onItemClick={open}
      summary={t('chart.sectorSummary', { sector: top ? labelOf(t, 'sector', top.key) : '—', open: top?.open ?? 0 })}
    />
  );
}
