import type { LngLat } from '../../shared/geo/coordinate-systems';
import L from 'leaflet';
import { theme } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { SERIES } from '../../app/theme';
import { useT } from '../../shared/i18n/i18n';
import { useRegions } from '../regions/use-regions';
import { createBaseMap, type BaseMap } from './base-map';
import { useMapSettings } from './use-map-data';

type Point = { readonly lng: number; readonly lat: number };

/**
 * A small map of one place among the town outlines; with `onPick`, a click (or Enter on the
 * focused map, at its centre) chooses a new WGS-84 point.
 */
export function LocationMap({ point, onPick }: { readonly point: Point | null | undefined; readonly onPick?: (point: Point) => void }) {
  const t = useT();
  const { token } = theme.useToken();
  const container = useRef<HTMLDivElement>(null);
  const settings = useMapSettings();
  const regions = useRegions(true);
  const [base, setBase] = useState<BaseMap | null>(null);
  const marker = useRef<L.CircleMarker | null>(null);

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

  useEffect(() => {
    if (!base || !regions.data) return undefined;
    const outlines = L.featureGroup(regions.data.filter((region) => region.level === 'town' && region.boundary).map((town) =>
      L.polygon(base.toRings(town.boundary?.coordinates ?? []), { color: SERIES.townOutline, weight: 1, fillOpacity: 0.04, interactive: false })));
    outlines.addTo(base.map);
    if (!point) base.map.fitBounds(outlines.getBounds());
    return () => {
      if (!base.isDisposed()) outlines.remove();
    };
  }, [base, regions.data, point]);

  useEffect(() => {
    if (!base || base.isDisposed()) return;
    marker.current?.remove();
    marker.current = null;
    if (!point) return;
    const latLng = base.toLatLng(point);
    marker.current = L.circleMarker(latLng, { radius: 8, color: token.colorWhite, weight: 2, fillColor: SERIES.unit, fillOpacity: 1 }).addTo(base.map);
    base.map.setView(latLng, Math.max(base.map.getZoom(), 15));
  }, [base, point, token.colorWhite]);

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

  return <div ref={container} className="small-map" role="region" aria-label={onPick ? t('map.pickLabel') : t('map.locationLabel')} />;
}

/** Six decimals: about 10 cm, the precision the registry keeps. */
function roundPoint(point: LngLat): Point {
  return { lng: Math.round(point.lng * 1e6) / 1e6, lat: Math.round(point.lat * 1e6) / 1e6 };
}
