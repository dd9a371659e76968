import type { HazardPoint, OverviewResponse, RegionResponse } from '@safegrid/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { theme } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { SERIES } from '../../app/theme';
import { useT } from '../../shared/i18n/i18n';
import { labelOf } from '../../shared/i18n/labels';
import { regionsApi } from '../regions/regions-api';
import type { BaseMap } from './base-map';
import { attachClusterLayer } from './cluster-layer';
import { attachGridLayer } from './grid-layer';
import { attachUnitPointLayer, type ClusterShare, type UnitPoint } from './unit-point-layer';
import { drawTowns, type TownShading } from './town-layer';

/** Town outlines shaded by their counts; redrawn when the counts change (live updates). */
export function useTownLayer(base: BaseMap | null, towns: readonly RegionResponse[], byTown: OverviewResponse['byTown'], shading?: TownShading): void {
  const t = useT();
  const { token } = theme.useToken();
  useEffect(() => {
    if (!base || towns.length === 0) return undefined;
    const layer = drawTowns(base, towns, byTown, { fill: SERIES.open, outline: SERIES.townOutline, overdueOutline: token.colorError }, {
      tooltip: (town, counts) => t('map.townTooltip', { name: town.name, open: counts?.open ?? 0, overdue: counts?.overdue ?? 0, major: counts?.major ?? 0 }),
      label: (town, counts) => (counts && counts.overdue > 0 ? [town.name, t('map.townOverdue', { overdue: counts.overdue })] : [town.name]),
    }, shading);
    layer.addTo(base.map);
    return () => {
      if (!base.isDisposed()) layer.remove();
    };
  }, [base, towns, byTown, token.colorError, t, shading]);
}

/** Fits the view once per map (not on every live refresh: the user may have zoomed in). */
export function useInitialView(base: BaseMap | null, towns: readonly RegionResponse[], focusCode: string | undefined): void {
  useEffect(() => {
    if (!base || towns.length === 0) return;
    const focus = towns.filter((town) => town.boundary && (!focusCode || town.code === focusCode));
    const rings = focus.flatMap((town) => base.toRings(town.boundary?.coordinates ?? []).flat());
    if (rings.length > 0) base.map.fitBounds(rings, { padding: [12, 12] });
  }, [base, towns, focusCode]);
}

export function useGridLayer(base: BaseMap | null, towns: readonly RegionResponse[]): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!base || towns.length === 0) return undefined;
    const loadGrids = (code: string) => queryClient.fetchQuery({ queryKey: ['grids', code], queryFn: ({ signal }) => regionsApi.grids(code, signal), staleTime: Number.POSITIVE_INFINITY });
    return attachGridLayer(base, towns, loadGrids, SERIES.gridOutline);
  }, [base, towns, queryClient]);
}

/** Clustered open hazards; true once they are drawn. */
export function useClusterLayer(base: BaseMap | null, points: readonly HazardPoint[] | undefined): boolean {
  const t = useT();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (!base || !points) return undefined;
    const detach = attachClusterLayer(base, points, {
      style: { cluster: token.colorPrimary, overdue: token.colorError, major: SERIES.major, open: SERIES.open },
      labelOf: (point) => `${labelOf(t, 'hazardStatus', point.status)}${point.isOverdue ? ` · ${t('field.overdue')}` : ''}`,
      clusterLabel: (count) => t('map.clusterLabel', { count }),
      onOpen: (id) => navigate(`/hazards/${id}`),
    });
    setDrawn(true);
    return detach;
  }, [base, points, token.colorPrimary, token.colorError, t, navigate]);
  return drawn;
}

/** Units as coloured, clustered points (四色图, campaign units); true once they are drawn. */
export function useUnitPointLayer(base: BaseMap | null, points: readonly UnitPoint[] | undefined, clusterLabel: (count: number, shares: readonly ClusterShare[]) => string): boolean {
  const navigate = useNavigate();
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (!base || !points) return undefined;
    const detach = attachUnitPointLayer(base, points, { clusterLabel, onOpen: (id) => navigate(`/units/${id}`) });
    setDrawn(true);
    return detach;
  }, [base, points, clusterLabel, navigate]);
  return drawn;
}
