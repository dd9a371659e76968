import type { OverviewResponse, RegionResponse } from '@safegrid/contracts';
import { Badge, Card, Col, Row, Segmented, Space, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { PageLoading } from '../../shared/components/page-loading';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { useCurrentUser } from '../auth/use-session';
import { useHazardPoints } from '../map/use-map-data';
import { useRegions } from '../regions/use-regions';
import { RiskDistributionCard } from '../risk/components/risk-distribution-card';
import { RiskMapLegend, useRiskPoints, useRiskTownShading } from '../risk/use-risk-points';
import { KpiCards } from './components/kpi-cards';
import { OnDutyCard } from '../duty/on-duty-card';
import { DustSummaryCard } from '../dust-supervision/dust-summary-card';
import { loadCharts, loadDistrictMap } from './dashboard-code';
import { useBreakdown, useOverview, useTrend } from './use-dashboard';
import { useLiveUpdates, type LiveState } from './use-live-updates';

// ECharts and Leaflet arrive after the headline numbers, each in its own chunk.
const TrendChart = lazy(async () => ({ default: (await loadCharts()).TrendChart }));
const TownChart = lazy(async () => ({ default: (await loadCharts()).TownChart }));
const SectorChart = lazy(async () => ({ default: (await loadCharts()).SectorChart }));
const DistrictMap = lazy(async () => ({ default: (await loadDistrictMap()).DistrictMap }));

const LIVE_BADGE: Readonly<Record<LiveState, 'success' | 'processing' | 'warning' | 'default'>> = {
  live: 'success', connecting: 'processing', reconnecting: 'warning', off: 'default',
};

/** 一张图: headline numbers, the year's trend, towns and sectors, and the map — all live. */
export function DashboardPage() {
  const t = useT();
  const user = useCurrentUser();
  const live = useLiveUpdates();
  const overview = useOverview();
  const trend = useTrend(12);
  // Grouped as the 通报 groups them (ADR 0096, 0100): by the hazard's category sector, so a 群租房 hazard found in a 九小场所 counts under 群租房.
  const sectors = useBreakdown('category_sector');
  const regions = useRegions(true);
  const towns = (regions.data ?? []).filter((region) => region.level === 'town');
  const focusCode = user.role === 'town' || user.role === 'grid_worker' ? user.scope.regionCode.slice(0, 9) : undefined;

  return (
    <div className="dashboard" data-live={live}>
      <div className="page-header">
        <Typography.Title level={2}>{t('dashboard.title')}</Typography.Title>
        <Space>
          <Badge status={LIVE_BADGE[live]} text={t(`live.${live}`)} />
          {overview.data && <Typography.Text type="secondary">{t('dashboard.asOf', { time: formatDateTime(overview.data.asOf) })}</Typography.Text>}
        </Space>
      </div>
      <ProblemAlert error={overview.error ?? trend.error ?? sectors.error} />
      <OnDutyCard />
      {overview.data ? <KpiCards overview={overview.data} trend={trend.data} /> : <PageLoading />}
      <Row gutter={[16, 16]} className="section-row">
        <Col xs={24} xl={14}>
          <MapCard towns={towns} byTown={overview.data?.byTown ?? []} focusCode={focusCode} />
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('dashboard.trend')}><Suspense fallback={<PageLoading />}>{trend.data ? <TrendChart trend={trend.data} /> : <PageLoading />}</Suspense></Card>
        </Col>
        <Col xs={24}>
          <RiskDistributionCard />
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('dashboard.byTown')}><Suspense fallback={<PageLoading />}>{overview.data ? <TownChart byTown={overview.data.byTown} /> : <PageLoading />}</Suspense></Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('dashboard.bySector')}><Suspense fallback={<PageLoading />}>{sectors.data ? <SectorChart breakdown={sectors.data} /> : <PageLoading />}</Suspense></Card>
        </Col>
        <Col xs={24}>
          <DustSummaryCard />
        </Col>
      </Row>
    </div>
  );
}

/** The map, with open hazards or the 四色图 (units by risk colour) as its layer. */
function MapCard({ towns, byTown, focusCode }: { readonly towns: readonly RegionResponse[]; readonly byTown: OverviewResponse['byTown']; readonly focusCode: string | undefined }) {
  const t = useT();
  const points = useHazardPoints();
  const [mapLayer, setMapLayer] = useState<'hazards' | 'risk'>('hazards');
  const riskPoints = useRiskPoints(mapLayer === 'risk');
  const riskShading = useRiskTownShading(mapLayer === 'risk');
  return (
    <>
      <ProblemAlert error={points.error ?? riskPoints.error} />
      <Card
        title={mapLayer === 'risk' ? t('risk.mapTitle') : t('dashboard.map')}
        extra={(
          <Space wrap>
            {mapLayer === 'hazards' && points.data && points.data.total > points.data.points.length ? t('map.truncated', { shown: points.data.points.length, total: points.data.total }) : null}
            <Segmented
              aria-label={t('risk.mapLayer')}
              value={mapLayer}
              onChange={(value) => setMapLayer(value === 'risk' ? 'risk' : 'hazards')}
              options={[{ value: 'hazards', label: t('risk.layerHazards') }, { value: 'risk', label: t('risk.layerRisk') }]}
            />
          </Space>
        )}
      >
        <Suspense fallback={<PageLoading />}>
          <DistrictMap
            towns={towns}
            byTown={byTown}
            points={points.data?.points}
            focusCode={focusCode}
            layer={mapLayer === 'risk' ? 'units' : 'hazards'}
            unitPoints={riskPoints.points}
            legend={<RiskMapLegend />}
            unitTownShading={riskShading}
          />
        </Suspense>
      </Card>
    </>
  );
}
