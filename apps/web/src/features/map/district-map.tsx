import type { HazardPoint, OverviewResponse, RegionResponse } from '@safegrid/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, theme } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { SERIES } from '../../app/theme';
import { useI18n } from '../../shared/i18n/i18n';
import { labelOf } from '../../shared/i18n/labels';
import { regionsApi } from '../regions/regions-api';
import { createBaseMap, type BaseMap } from './base-map';
import { attachClusterLayer } from './cluster-layer';
import { attachGridLayer } from './grid-layer';
import { drawTowns } from './town-layer';
import { useMapSettings } from './use-map-data';

/**
 * The 一张图 map: towns shaded by open and overdue hazards, grids from zoom 13, open hazards
 * clustered; a click opens the hazard. Works with no base tiles at all (the default offline).
 */
export function DistrictMap({ towns, byTown, points, focusCode }: {
  readonly towns: readonly RegionResponse[];
  readonly byTown: OverviewResponse['byTown'];
  readonly points: readonly HazardPoint[] | undefined;
  /** Zoom to this town (a town user's own); the whole district otherwise. */
  readonly focusCode?: string;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const container = useRef<HTMLDivElement>(null);
  const settings = useMapSettings();
  const [base, setBase] = useState<BaseMap | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!settings.data || !container.current) return undefined;
    const created = createBaseMap(container.current, settings.data, { keyboard: true });
    setBase(created);
    return () => {
      created.map.remove();
      setBase(null);
    };
  }, [settings.data]);

  useEffect(() => {
    if (!base || towns.length === 0) return undefined;
    const layer = drawTowns(base, towns, byTown, { fill: SERIES.open, outline: SERIES.townOutline, overdueOutline: token.colorError }, (town, counts) =>
      t('map.townTooltip', { name: town.name, open: counts?.open ?? 0, overdue: counts?.overdue ?? 0, major: counts?.major ?? 0 }));
    layer.addTo(base.map);
    return () => {
      layer.remove();
    };
  }, [base, towns, byTown, token.colorError, t]);

  // Fit the view once per map, not on every live refresh (the user may have zoomed in).
  useEffect(() => {
    if (!base || towns.length === 0) return;
    const focus = towns.filter((town) => town.boundary && (!focusCode || town.code === focusCode));
    const rings = focus.flatMap((town) => base.toRings(town.boundary?.coordinates ?? []).flat());
    if (rings.length > 0) base.map.fitBounds(rings, { padding: [12, 12] });
  }, [base, towns, focusCode]);

  useEffect(() => {
    if (!base || towns.length === 0) return undefined;
    const loadGrids = (code: string) => queryClient.fetchQuery({ queryKey: ['grids', code], queryFn: ({ signal }) => regionsApi.grids(code, signal), staleTime: Number.POSITIVE_INFINITY });
    return attachGridLayer(base, towns, loadGrids, SERIES.gridOutline);
  }, [base, towns, queryClient]);

  useEffect(() => {
    if (!base || !points) return undefined;
    const detach = attachClusterLayer(base, points, {
      style: { cluster: token.colorPrimary, overdue: token.colorError, major: SERIES.major, open: SERIES.open },
      labelOf: (point) => `${labelOf(t, 'hazardStatus', point.status)}${point.isOverdue ? ` · ${t('field.overdue')}` : ''}`,
      clusterLabel: (count) => t('map.clusterLabel', { count }),
      onOpen: (id) => navigate(`/hazards/${id}`),
    });
    setReady(true);
    return detach;
  }, [base, points, token.colorPrimary, token.colorError, t, navigate]);

  if (settings.error) return <Alert type="error" showIcon title={t('map.unavailable')} />;
  return (
    <>
      <div ref={container} className="district-map" role="region" aria-label={t('map.label')} data-ready={ready ? 'true' : 'false'} />
      <div className="map-legend" aria-hidden>
        <span><span className="map-legend-swatch" style={{ background: SERIES.open }} />{t('map.legendOpen')}</span>
        <span><span className="map-legend-swatch" style={{ background: token.colorError }} />{t('map.legendOverdue')}</span>
        <span><span className="map-legend-swatch" style={{ background: SERIES.major }} />{t('map.legendMajor')}</span>
        <span><span className="map-legend-swatch" style={{ background: token.colorPrimary }} />{t('map.legendCluster')}</span>
      </div>
    </>
  );
}
