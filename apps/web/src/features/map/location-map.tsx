import { useEffect, useRef, useState } from 'react';
import { useT } from '../../shared/i18n/i18n';
import { useGrid, useRegions } from '../regions/use-regions';
import { createBaseMap, type BaseMap } from './base-map';
import { useMapSettings } from './use-map-data';
import { useGridOutline, usePicking, usePointMarker, useTownOutlines } from './use-location-layers';

type Point = { readonly lng: number; readonly lat: number };

/**
 * A small map of one place among the town outlines and its grid; with `onPick`, a click (or Enter
 * on the focused map, at its centre) chooses a new WGS-84 point.
 */
export function LocationMap({ point, onPick, gridId }: {
  readonly point: Point | null | undefined;
  readonly onPick?: (point: Point) => void;
  /** Outlines this grid (the place's 网格). */
  readonly gridId?: string;
}) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const settings = useMapSettings();
  const regions = useRegions(true);
  const grid = useGrid(gridId);
  const [base, setBase] = useState<BaseMap | null>(null);

  useEffect(() => {
    if (!settings.data || !container.current) return undefined;
    const created = createBaseMap(container.current, settings.data, { zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut') });
    created.map.setView([31.7, 119.95], 11);
    setBase(created);
    return () => {
      created.dispose();
      setBase(null);
    };
    // The zoom buttons keep the language the map was made in: rebuilding it would lose the view.
  }, [settings.data]); // eslint-disable-line react-hooks/exhaustive-deps -- see above
  useTownOutlines(base, regions.data, Boolean(point));
  useGridOutline(base, grid.data);
  usePointMarker(base, point);
  usePicking(base, onPick);

  return <div ref={container} className="small-map" role="region" aria-label={onPick ? t('map.pickLabel') : t('map.locationLabel')} />;
}
