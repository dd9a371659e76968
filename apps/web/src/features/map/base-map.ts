import type { MapSettingsResponse } from '@safegrid/contracts';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { gcj02ToWgs84, toDisplay, type LngLat } from '../../shared/geo/coordinate-systems';

/** A Leaflet map over the configured base tiles (or none), and how to place WGS-84 geometry on it. */
export interface BaseMap {
  readonly map: L.Map;
  /** Where a stored WGS-84 point is drawn on this base (shifted on GCJ-02 maps such as 高德). */
  readonly toLatLng: (point: LngLat) => L.LatLngTuple;
  /** A GeoJSON polygon ring list as Leaflet lat/lng rings. */
  readonly toRings: (coordinates: number[][][]) => L.LatLngTuple[][];
  /** The WGS-84 point under a click. */
  readonly fromLatLng: (latlng: L.LatLng) => LngLat;
  /** Removes the map; layers detached afterwards are left alone (they went with it). */
  readonly dispose: () => void;
  readonly isDisposed: () => boolean;
}

export function createBaseMap(container: HTMLElement, settings: MapSettingsResponse, labels: { readonly zoomIn: string; readonly zoomOut: string }): BaseMap {
  const map = L.map(container, { preferCanvas: true, zoomControl: false, keyboard: true, attributionControl: settings.layers.length > 0 });
  L.control.zoom({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut }).addTo(map);
  for (const layer of settings.layers) {
    L.tileLayer(layer.url, { subdomains: layer.subdomains.length > 0 ? layer.subdomains : ['a'], attribution: layer.attribution, maxZoom: layer.maxZoom }).addTo(map);
  }
  const crs = settings.crs;
  const toLatLng = (point: LngLat): L.LatLngTuple => {
    const shown = toDisplay(point, crs);
    return [shown.lat, shown.lng];
  };
  let disposed = false;
  return {
    map,
    dispose: () => {
      disposed = true;
      map.remove();
    },
    isDisposed: () => disposed,
    toLatLng,
    toRings: (coordinates) => coordinates.map((ring) => ring.map(([lng = 0, lat = 0]) => toLatLng({ lng, lat }))),
    fromLatLng: (latlng) => (crs === 'gcj02' ? gcj02ToWgs84({ lng: latlng.lng, lat: latlng.lat }) : { lng: latlng.lng, lat: latlng.lat }),
  };
}
