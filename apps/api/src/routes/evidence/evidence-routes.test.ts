import { EvidencePolicyResponse, HazardEvidenceResponse, HazardResponse } from '@safegrid/contracts';
import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';
import { multipartJpeg } from '../../testing/multipart.js';

const report = {
  source: 'patrol', level: 'general', category: 'fire_lane', title: '消防车道被占用', description: '厂区北侧消防车道停放货车',
  sector: 'fire', location: { lng: 119.91, lat: 31.71, crs: 'wgs84' },
};

describeEachDialect('复查 visits and review evidence (ADR 0087)', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect });
  });
  afterEach(async () => server.close());

  const send = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, payload?: unknown, language = 'zh-CN') =>
    server.app.inject({ method, url, ...(payload ? { payload: payload as object } : {}), headers: { authorization: `Bearer ${token}`, 'accept-language': language } });
  const upload = async (token: string) => {
    const response = await server.app.inject({
      method: 'POST', url: '/api/v1/photos', headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=X' },
      payload: await multipartJpeg('X'),
    });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { id: string }).id;
  };
  const act = (id: string, token: string, body: unknown, language?: string) => send('POST', `/api/v1/hazards/${id}/actions`, token, body, language);

  it('the grid worker records the visit on a 待复查 hazard; closing without review photos is refused with a clear message, then allowed', async () => {
    const worker = await server.login('grid_worker');
    const town = await server.login('town');
    const district = await server.login('district');
    const created = expectResponse<HazardResponse>(await send('POST', '/api/v1/hazards', worker.token, report), 201, HazardResponse);
    expect((await act(created.id, town.token, { action: 'assign', deadline: '2026-03-05', assigneeId: town.user.id })).statusCode).toBe(200);
    expect((await act(created.id, town.token, { action: 'submit', photoIds: [await upload(town.token)], note: '车辆已移走' })).statusCode).toBe(200);

    const workerView = expectResponse<HazardResponse>(await send('GET', `/api/v1/hazards/${created.id}`, worker.token), 200, HazardResponse);
    expect(workerView.availableActions).toEqual(['review']);

    const before = await databaseFingerprint(server.database);
    const refused = expectProblem(await act(created.id, district.token, { action: 'close', note: '复查合格' }), 422, 'hazard.review_evidence_required');
    expect(refused.title).toBe('销号须有复查照片：请先由网格员登记复查（附照片），或在销号时上传复查照片');
    expect(refused.errors).toEqual([expect.objectContaining({ path: '/photoIds', code: 'review_evidence_required', message: '照片：请上传复查照片' })]);
    const english = expectProblem(await act(created.id, district.token, { action: 'close' }, 'en'), 422, 'hazard.review_evidence_required');
    expect(english.title).toMatch(/^Closing needs review photos/);
    expect(await databaseFingerprint(server.database)).toEqual(before);

    const badFinding = expectProblem(await act(created.id, worker.token, { action: 'review', photoIds: [await upload(worker.token)], finding: 'ok' }), 400, 'request.invalid');
    expect(badFinding.errors?.map((error) => error.path)).toEqual(['/finding']);
    const reviewed = await act(created.id, worker.token, { action: 'review', photoIds: [await upload(worker.token)], finding: 'rectified', note: '车道已畅通' });
    expect(expectResponse<HazardResponse>(reviewed, 200, HazardResponse)).toMatchObject({ status: 'submitted', version: 4 });

    const evidence = expectResponse<HazardEvidenceResponse>(await send('GET', `/api/v1/hazards/${created.id}/evidence`, district.token), 200, HazardEvidenceResponse);
    expect(evidence).toMatchObject({ latestFinding: 'rectified', hasReviewPhotos: true, reviewPhotosRequired: true });
    expect(evidence.photos.map((photo) => [photo.stage, photo.flags])).toEqual([
      ['after', ['no_exif_time', 'no_exif_place']],
      ['review', ['no_exif_time', 'no_exif_place']],
    ]);
    // 复查 by someone other than the rectifier: the town submitted, so the district closes.
    expect(expectProblem(await act(created.id, town.token, { action: 'close' }), 403, 'hazard.refused_self_review').code).toBe('hazard.refused_self_review');
    expect(expectResponse<HazardResponse>(await act(created.id, district.token, { action: 'close', note: '复查合格' }), 200, HazardResponse).status).toBe('closed');

    // A town office elsewhere gets the same 404 as for a missing hazard.
    const elsewhere = await server.login('town', { regionCode: '320412103' });
    expectProblem(await send('GET', `/api/v1/hazards/${created.id}/evidence`, elsewhere.token), 404, 'hazard.not_found');
  });

  it('lets the district office make review photos optional for general hazards; others are refused', async () => {
    const town = await server.login('town');
    const district = await server.login('district');
    expect(expectResponse(await send('GET', '/api/v1/settings/evidence-policy', town.token), 200, EvidencePolicyResponse)).toEqual({
      generalReviewPhotos: 'required', maxPhotoAgeHours: 24, maxPhotoDistanceMetres: 1000,
    });
    const policy = { generalReviewPhotos: 'optional', maxPhotoAgeHours: 12, maxPhotoDistanceMetres: 500 };
    expectProblem(await send('PUT', '/api/v1/settings/evidence-policy', town.token, policy), 403, 'evidence.manage_refused');
    const invalid = expectProblem(await send('PUT', '/api/v1/settings/evidence-policy', district.token, { ...policy, maxPhotoAgeHours: 0 }), 400, 'request.invalid');
    expect(invalid.errors?.map((error) => error.path)).toEqual(['/maxPhotoAgeHours']);
    expect(expectResponse(await send('PUT', '/api/v1/settings/evidence-policy', district.token, policy), 200, EvidencePolicyResponse)).toEqual(policy);
    expect(expectResponse(await send('GET', '/api/v1/settings/evidence-policy', town.token), 200, EvidencePolicyResponse)).toEqual(policy);

    const worker = await server.login('grid_worker');
    const created = expectResponse<HazardResponse>(await send('POST', '/api/v1/hazards', worker.token, report), 201, HazardResponse);
    await act(created.id, town.token, { action: 'assign', deadline: '2026-03-05', assigneeId: worker.user.id });
    await act(created.id, worker.token, { action: 'submit', photoIds: [await upload(worker.token)] });
    expect(expectResponse<HazardResponse>(await act(created.id, town.token, { action: 'close' }), 200, HazardResponse).status).toBe('closed');
  });

  it('keeps the original and serves a stamped JPEG copy of each upload; a unit out of sight is refused', async () => {
    const worker = await server.login('grid_worker');
    const id = await upload(worker.token);
    const original = await send('GET', `/api/v1/photos/${id}/file?variant=original`, worker.token);
    const stamped = await send('GET', `/api/v1/photos/${id}/file?variant=watermarked`, worker.token);
    expect(stamped.statusCode).toBe(200);
    expect(stamped.headers['content-type']).toBe('image/jpeg');
    expect(stamped.rawPayload.equals(original.rawPayload)).toBe(false);
    const { default: sharp } = await import('sharp');
    expect(await sharp(stamped.rawPayload).metadata()).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
    const refused = await server.app.inject({
      method: 'POST', url: '/api/v1/photos?unitId=0190a5b2-0000-7000-8000-000000000000', headers: { authorization: `Bearer ${worker.token}`, 'content-type': 'multipart/form-data; boundary=X' },
      payload: await multipartJpeg('X'),
    });
    expect(expectProblem(refused, 422, 'request.invalid').errors?.map((error) => error.path)).toEqual(['/unitId']);
  });
});
