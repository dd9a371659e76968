import { MapSettingsResponse } from '@safegrid/contracts';
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
}
