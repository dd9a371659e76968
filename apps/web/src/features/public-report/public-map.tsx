import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../shared/i18n/i18n';
import { createBaseMap, type BaseMap } from '../map/base-map';
import { usePicking, usePointMarker } from '../map/use-location-layers';
import { publicReportApi } from './public-report-api';

type Point = { readonly lng: number; readonly lat: number };

/** The /report page's map: tiles from the public settings, a tap (or Enter) picks a WGS-84 point. */
export function PublicMap({ point, onPick }: { readonly point: Point | null; readonly onPick: (point: Point) => void }) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const settings = useQuery({ queryKey: ['public', 'map-settings'], queryFn: ({ signal }) => publicReportApi.mapSettings(signal), staleTime: Number.POSITIVE_INFINITY });
  const [base, setBase] = useState<BaseMap | null>(null);
  useEffect(() => {
    if (!settings.data || !container.current) return undefined;
    const created = createBaseMap(container.current, settings.data, { zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut') });
    created.map.setView([31.71, 119.95], 12);
    setBase(created);
    return () => {
      created.dispose();
      setBase(null);
    };
  }, [settings.data]); // eslint-disable-line react-hooks/exhaustive-deps -- the map keeps the language it was made in
  usePointMarker(base, point);
  usePicking(base, onPick);
  return <div ref={container} className="small-map public-map" role="region" aria-label={t('map.pickLabel')} data-testid="public-map" />;
}
