import type { GridResponse, RegionResponse } from '@safegrid/contracts';
import { theme } from 'antd';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { SERIES } from '../../app/theme';
import type { LngLat } from '../../shared/geo/coordinate-systems';
import type { BaseMap } from './base-map';
import { gridParts, largestGridPart } from './grid-parts';

type Point = { readonly lng: number; readonly lat: number };

/** Town outlines for orientation; the whole district in view when there is no point yet. */
export function useTownOutlines(base: BaseMap | null, regions: readonly RegionResponse[] | undefined, hasPoint: boolean): void {
  useEffect(() => {
    if (!base || !regions) return undefined;
    const outlines = L.featureGroup(regions.filter((region) => region.level === 'town' && region.boundary).map((town) =>
      L.polygon(base.toRings(town.boundary?.coordinates ?? []), { color: SERIES.townOutline, weight: 1, fillOpacity: 0.04, interactive: false })));
    outlines.addTo(base.map);
    if (!hasPoint && outlines.getLayers().length > 0) base.map.fitBounds(outlines.getBounds());
    return () => {
      if (!base.isDisposed()) outlines.remove();
    };
  }, [base, regions, hasPoint]);
}

/** The place's grid (网格), named, for context when there are no base tiles. */
export function useGridOutline(base: BaseMap | null, grid: GridResponse | undefined): void {
  useEffect(() => {
    if (!base || !grid) return undefined;
    const outline = L.polygon(gridParts(grid.boundary).map(base.toRings), { color: SERIES.gridOutline, weight: 2, dashArray: '6 4', fillOpacity: 0.05, interactive: false });
    // The name on the largest part: a tooltip bound to a multi-part polygon would sit between the parts.
    const label = L.tooltip({ permanent: true, direction: 'center', className: 'grid-label', interactive: false })
      .setLatLng(L.polygon(base.toRings(largestGridPart(grid.boundary))).getBounds().getCenter())
      .setContent(grid.name);
    outline.addTo(base.map);
    label.addTo(base.map);
    return () => {
      if (base.isDisposed()) return;
      outline.remove();
      label.remove();
    };
  }, [base, grid]);
}

/** The point itself, centred and zoomed in. */
export function usePointMarker(base: BaseMap | null, point: Point | null | undefined): void {
  const { token } = theme.useToken();
  const marker = useRef<L.CircleMarker | null>(null);
  useEffect(() => {
    if (!base || base.isDisposed()) return;
    marker.current?.remove();
    marker.current = null;
    if (!point) return;
    const latLng = base.toLatLng(point);
    marker.current = L.circleMarker(latLng, { radius: 8, color: token.colorWhite, weight: 2, fillColor: SERIES.unit, fillOpacity: 1 }).addTo(base.map);
    base.map.setView(latLng, Math.max(base.map.getZoom(), 15));
  }, [base, point, token.colorWhite]);
}

/** Six decimals: about 10 cm, the precision the registry keeps. */
function roundPoint(point: LngLat): Point {
  return { lng: Math.round(point.lng * 1e6) / 1e6, lat: Math.round(point.lat * 1e6) / 1e6 };
}

/** A click chooses a point; so does Enter on the focused map (its centre), for keyboard users. */
export function usePicking(base: BaseMap | null, onPick: ((point: Point) => void) | undefined): void {
  useEffect(() => {
    if (!base || !onPick) return undefined;
    const pick = (event: L.LeafletMouseEvent) => onPick(roundPoint(base.fromLatLng(event.latlng)));
    const pickCentre = (event: L.LeafletKeyboardEvent) => {
      if (event.originalEvent.key === 'Enter') onPick(roundPoint(base.fromLatLng(base.map.getCenter())));
    };
    base.map.on('click', pick);
    base.map.on('keypress', pickCentre);
    return () => {
      if (base.isDisposed()) return;
      base.map.off('click', pick);
      base.map.off('keypress', pickCentre);
    };
  }, [base, onPick]);
}
