import { MapSettingsResponse, Problem } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { mapTileLayers } from './map-tile-layers.js';

export async function settingsRoutes(app: SafeGridApp): Promise<void> {
  const settings = mapTileLayers(app.services.config.map);

  app.get('/settings/map', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['system'],
      summary: 'Base map tiles for the web app: none, OpenStreetMap, 天地图 or 高德 (GCJ-02), from the server configuration',
      response: { 200: MapSettingsResponse },
    },
  }, async () => settings);

  // The /report page's map, for people without an account: the same tile settings (browser keys only).
  app.get('/public/map-settings', {
    config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: { tags: ['public'], summary: 'Base map tiles for the public /report page (the same as /settings/map)', response: { 200: MapSettingsResponse, 429: Problem } },
  }, async () => settings);
}
