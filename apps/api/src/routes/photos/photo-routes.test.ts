import { HazardResponse, PhotoResponse } from '@safegrid/contracts';
import sharp from 'sharp';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';
import { multipartBytes } from '../../testing/multipart.js';

async function jpegWithExif(): Promise<Buffer> {
  return sharp({ create: { width: 120, height: 80, channels: 3, background: { r: 10, g: 120, b: 200 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'SafeGridTest' },
      IFD2: { DateTimeOriginal: '2026:03:02 08:30:00' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 43/1 1344/100', GPSLongitudeRef: 'E', GPSLongitude: '119/1 57/1 3636/100' },
    })
    .toBuffer();
}

describeEachDialect('photo routes', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect });
  });
  afterEach(async () => server.close());

  const upload = async (token: string, bytes: Buffer) =>
    server.app.inject({
      method: 'POST', url: '/api/v1/photos',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=P' },
      payload: multipartBytes('P', bytes, '现场照片.jpg'),
    });

  it('keeps EXIF time (read as Shanghai time) and GPS, and serves the original byte for byte', async () => {
    const worker = await server.login('grid_worker');
    const bytes = await jpegWithExif();
    const photo = expectResponse<PhotoResponse>(await upload(worker.token, bytes), 201, PhotoResponse);
    expect(photo).toMatchObject({ mimeType: 'image/jpeg', width: 120, height: 80, takenAt: '2026-03-02T00:30:00.000Z', originalName: '现场照片.jpg' });
    expect(photo.location?.lat).toBeCloseTo(31.7204, 3);
    expect(photo.location?.lng).toBeCloseTo(119.9601, 3);
    const file = await server.app.inject({ method: 'GET', url: `/api/v1/photos/${photo.id}/file`, headers: { authorization: `Bearer ${worker.token}` } });
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.compare(file.rawPayload, bytes)).toBe(0);
  });

  it('shows a photo to the hazard’s town but not to another town', async () => {
    const worker = await server.login('grid_worker');
    const hutang = await server.login('town');
    const luoyang = await server.login('town', { regionCode: '320412103' });
    const photo = (await upload(worker.token, await jpegWithExif())).json() as PhotoResponse;
    const hazard = await server.app.inject({
      method: 'POST', url: '/api/v1/hazards', headers: { authorization: `Bearer ${worker.token}` },
      payload: { source: 'patrol', level: 'general', category: 'electrical', title: '插座烧焦', sector: 'fire', location: { lng: 119.91, lat: 31.71 }, photoIds: [photo.id] },
    });
    expect(expectResponse<HazardResponse>(hazard, 201, HazardResponse).photoIds).toEqual([photo.id]);
    const read = (token: string) => server.app.inject({ method: 'GET', url: `/api/v1/photos/${photo.id}`, headers: { authorization: `Bearer ${token}` } });
    expectResponse<PhotoResponse>(await read(hutang.token), 200, PhotoResponse);
    expectProblem(await read(luoyang.token), 404, 'photo.not_found');
    expectProblem(
      await server.app.inject({ method: 'GET', url: `/api/v1/photos/${photo.id}/file?variant=thumbnail`, headers: { authorization: `Bearer ${luoyang.token}` } }),
      404,
      'photo.not_found',
    );
  });

  it('stores identical bytes once (content-addressed) while keeping two photo records', async () => {
    const worker = await server.login('grid_worker');
    const bytes = await jpegWithExif();
    const first = (await upload(worker.token, bytes)).json() as PhotoResponse;
    const second = (await upload(worker.token, bytes)).json() as PhotoResponse;
    expect(first.id).not.toBe(second.id);
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(server.config.photoDir, { recursive: true }).map(String).filter((name) => /[0-9a-f]{64}/.test(name));
    expect(files.filter((name) => !name.endsWith('.thumb.webp') && !name.endsWith('.stamped.jpg'))).toHaveLength(1);
    // The stamped copy belongs to each upload (who and when, ADR 0087): one per photo record.
    expect(files.filter((name) => name.endsWith('.stamped.jpg'))).toHaveLength(2);
  });
});
