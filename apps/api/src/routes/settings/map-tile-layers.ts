import type { MapSettingsResponse } from '@safegrid/contracts';
import type { MapConfig } from '@safegrid/platform';

const OSM = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const TIANDITU_SUBDOMAINS = ['0', '1', '2', '3', '4', '5', '6', '7'];
const AMAP = 'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}';

// 天地图 WMTS in Web Mercator (`_w`): `vec` is the base, `cva` its Chinese labels. CGCS2000 ≈ WGS-84 at map scale.
const tianditu = (layer: 'vec' | 'cva', key: string) =>
  `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`;

/** The base map layers the web app draws, from the configuration; keys go to the browser as tile providers require. */
export function mapTileLayers(map: MapConfig): MapSettingsResponse {
  switch (map.provider) {
    case 'none':
      return { provider: 'none', crs: 'wgs84', layers: [] };
    case 'osm':
      return { provider: 'osm', crs: 'wgs84', layers: [{ url: OSM, subdomains: [], attribution: '© OpenStreetMap contributors', maxZoom: 19 }] };
    case 'tianditu': {
      const key = map.tiandituKey ?? '';
      return {
        provider: 'tianditu',
        crs: 'wgs84',
        layers: [
          { url: tianditu('vec', key), subdomains: TIANDITU_SUBDOMAINS, attribution: '© 天地图 tianditu.gov.cn', maxZoom: 18 },
          { url: tianditu('cva', key), subdomains: TIANDITU_SUBDOMAINS, attribution: '', maxZoom: 18 },
        ],
      };
    }
    case 'amap':
      // 高德 tiles are drawn in GCJ-02: the web app shifts our WGS-84 geometry before drawing it on them.
      return {
        provider: 'amap',
        crs: 'gcj02',
        layers: [{ url: map.amapKey ? `${AMAP}&key=${map.amapKey}` : AMAP, subdomains: ['1', '2', '3', '4'], attribution: '© 高德地图 AutoNavi', maxZoom: 18 }],
      };
    case 'custom':
      return { provider: 'custom', crs: map.customCrs, layers: [{ url: map.customUrl ?? '', subdomains: [], attribution: map.customAttribution, maxZoom: 19 }] };
  }
}

/** The origins the browser fetches tiles from, for the Content-Security-Policy's img-src. */
export function tileOrigins(settings: MapSettingsResponse): string[] {
  const origins = new Set<string>();
  for (const layer of settings.layers) {
    for (const subdomain of layer.subdomains.length > 0 ? layer.subdomains : ['']) {
      const sample = layer.url.replace('{s}', subdomain).replace(/\{[xyz]\}/g, '0');
      origins.add(new URL(sample).origin);
    }
  }
  return [...origins].sort();
}
