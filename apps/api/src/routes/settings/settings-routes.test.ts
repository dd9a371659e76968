import { MapSettingsResponse } from '@safegrid/contracts';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterEach, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@safegrid/platform';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectResponse } from '../../testing/expectations.js';

describeEachDialect('map settings', (dialect) => {
  let server: TestServer | undefined;
  afterEach(async () => server?.close());

  async function mapSettingsWith(config: Record<string, string>) {
    server = await buildTestServer({ dialect, config });
    const { token } = await server.login('town');
    const response = await server.app.inject({ method: 'GET', url: '/api/v1/settings/map', headers: { authorization: `Bearer ${token}` } });
    return { settings: expectResponse<MapSettingsResponse>(response, 200, MapSettingsResponse), csp: String(response.headers['content-security-policy']) };
  }

  it('draws no base tiles by default, and the policy allows images from us only', async () => {
    const { settings, csp } = await mapSettingsWith({});
    expect(settings).toEqual({ provider: 'none', crs: 'wgs84', layers: [] });
    expect(csp).toContain("img-src 'self' data: blob:;");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('serves 高德 tiles as GCJ-02 and lets the browser load them', async () => {
    const { settings, csp } = await mapSettingsWith({ SAFEGRID_MAP_TILES: 'amap' });
    expect(settings.crs).toBe('gcj02');
    expect(settings.layers[0]?.subdomains).toEqual(['1', '2', '3', '4']);
    expect(csp).toContain('https://webrd01.is.autonavi.com');
    expect(csp).toContain('https://webrd04.is.autonavi.com');
  });

  it('passes the 天地图 key to its base and label layers', async () => {
    const { settings, csp } = await mapSettingsWith({ SAFEGRID_MAP_TILES: 'tianditu', SAFEGRID_TIANDITU_KEY: 'abcdef0123456789' });
    expect(settings.layers.map((layer) => new URL(layer.url.replace('{s}', '0')).searchParams.get('LAYER'))).toEqual(['vec', 'cva']);
    expect(settings.layers.every((layer) => layer.url.endsWith('tk=abcdef0123456789'))).toBe(true);
    expect(csp).toContain('https://t7.tianditu.gov.cn');
  });

  it('refuses an incomplete map configuration, naming every problem at once', () => {
    let thrown: unknown;
    try {
      loadConfig({ SAFEGRID_MAP_TILES: 'tianditu', SAFEGRID_MAP_TILE_URL: 'ftp://tiles', SAFEGRID_MAP_TILE_CRS: 'bd09' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const problems = (thrown as ConfigError).problems.join('\n');
    expect(problems).toContain('SAFEGRID_TIANDITU_KEY');
    expect(problems).toContain('SAFEGRID_MAP_TILE_URL');
    expect(problems).toContain('SAFEGRID_MAP_TILE_CRS');
  });
});
