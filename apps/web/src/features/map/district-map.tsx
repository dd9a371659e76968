import type { HazardPoint, OverviewResponse, RegionResponse } from '@safegrid/contracts';
import { Alert, theme } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { SERIES } from '../../app/theme';
import { useT } from '../../shared/i18n/i18n';
import { createBaseMap, type BaseMap } from './base-map';
import { useMapSettings } from './use-map-data';
import type { TownShading } from './town-layer';
import type { ClusterShare, UnitPoint } from './unit-point-layer';
import { useClusterLayer, useGridLayer, useInitialView, useTownLayer, useUnitPointLayer } from './use-map-layers';

/**
 * The 一张图 map: towns shaded by open and overdue hazards, grids from zoom 13, open hazards
 * clustered; a click opens the hazard. Works with no base tiles at all (the default offline).
 */
export function DistrictMap({ towns, byTown, points, focusCode, layer = 'hazards', unitPoints, legend, unitTownShading }: {
  readonly towns: readonly RegionResponse[];
  readonly byTown: OverviewResponse['byTown'];
  readonly points: readonly HazardPoint[] | undefined;
  /** Zoom to this town (a town user's own); the whole district otherwise. */
  readonly focusCode?: string;
  /** `units` draws `unitPoints` (四色图, a campaign's units) instead of the hazards, with `legend`. */
  readonly layer?: 'hazards' | 'units';
  readonly unitPoints?: readonly UnitPoint[];
  readonly legend?: ReactNode;
  /** With `units`: towns shaded by this instead of their open hazards (the 四色图's risk mix). */
  readonly unitTownShading?: TownShading;
}) {
  const t = useT();
  const { token } = theme.useToken();
  const container = useRef<HTMLDivElement>(null);
  const settings = useMapSettings();
  const [base, setBase] = useState<BaseMap | null>(null);

  useEffect(() => {
    if (!settings.data || !container.current) return undefined;
    const created = createBaseMap(container.current, settings.data, { zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut') });
    setBase(created);
    return () => {
      created.dispose();
      setBase(null);
    };
    // The zoom buttons keep the language the map was made in: rebuilding it would lose the view.
  }, [settings.data]); // eslint-disable-line react-hooks/exhaustive-deps -- see above
  useTownLayer(base, towns, byTown, layer === 'units' ? unitTownShading : undefined);
  useInitialView(base, towns, focusCode);
  useGridLayer(base, towns);
  const hazardsReady = useClusterLayer(base, layer === 'hazards' ? points : undefined);
  const unitClusterLabel = useCallback((count: number, shares: readonly ClusterShare[]) => {
    const total = t('risk.clusterLabel', { count });
    if (shares.length < 2) return total;
    const mix = shares.map((share) => t('risk.clusterShare', { label: share.label, count: share.count })).join(t('risk.clusterShareSeparator'));
    return t('risk.clusterMix', { total, mix });
  }, [t]);
  const unitsReady = useUnitPointLayer(base, layer === 'units' ? unitPoints : undefined, unitClusterLabel);
  const ready = layer === 'units' ? unitsReady && unitPoints !== undefined : hazardsReady;

  if (settings.error) return <Alert type="error" showIcon title={t('map.unavailable')} />;
  return (
    <>
      <div ref={container} className="district-map" role="region" aria-label={t('map.label')} data-ready={ready ? 'true' : 'false'} data-layer={layer} />
      {layer === 'units' ? legend : <div className="map-legend" aria-hidden>
        <span><span className="map-legend-swatch" style={{ background: SERIES.open }} />{t('map.legendOpen')}</span>
        <span><span className="map-legend-swatch" style={{ background: token.colorError }} />{t('map.legendOverdue')}</span>
        <span><span className="map-legend-swatch" style={{ background: SERIES.major }} />{t('map.legendMajor')}</span>
        <span><span className="map-legend-swatch" style={{ background: token.colorPrimary }} />{t('map.legendCluster')}</span>
      </div>}
    </>
  );
}
