import { describe, expect, it } from 'vitest';
import { readPhotoFile, uploadPhoto } from '../photos/upload-photo.js';
import { createInMemoryDeps } from '../testing/in-memory-deps.js';
import { shanghaiMinute, watermarkLines } from './watermark-lines.js';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

describe('evidence photo stamp lines (ADR 0087)', () => {
  it('writes the upload time in Beijing time, the EXIF place, who and the unit', () => {
    expect(shanghaiMinute('2026-03-01T16:05:59.000Z')).toBe('2026-03-02 00:05');
    expect(watermarkLines({ uploadedAt: '2026-03-02T00:30:00.000Z', location: { lng: 119.9601, lat: 31.7204 }, uploaderName: '王网格', unitName: '常州市测试机械有限公司' })).toEqual([
      '时间 2026-03-02 08:30（北京时间）', '位置 31.72040°N 119.96010°E', '拍摄人 王网格', '单位 常州市测试机械有限公司',
    ]);
    expect(watermarkLines({ uploadedAt: '2026-03-02T00:30:00.000Z', location: null, uploaderName: '王网格', unitName: null })).toEqual([
      '时间 2026-03-02 08:30（北京时间）', '位置 照片未记录位置', '拍摄人 王网格',
    ]);
  });

  it('stamps an upload naming a unit the uploader sees, keeps the original, and refuses a unit out of sight', async () => {
    const deps = createInMemoryDeps();
    const unit = deps.given.unit({ name: '湖塘测试五金厂' });
    const elsewhere = deps.given.unit({ town: '320412103', name: '洛阳某厂' });
    const worker = deps.given.user('grid_worker', { displayName: '王网格' });
    const photo = await uploadPhoto(deps, worker, { bytes: JPEG, unitId: unit.id });
    const stamped = await readPhotoFile(deps, worker, { photoId: photo.id, variant: 'watermarked' });
    expect(new TextDecoder().decode(stamped.bytes).split('\n')).toEqual([
      `时间 ${shanghaiMinute(photo.uploadedAt)}（北京时间）`, '位置 照片未记录位置', '拍摄人 王网格', '单位 湖塘测试五金厂',
    ]);
    expect((await readPhotoFile(deps, worker, { photoId: photo.id, variant: 'original' })).bytes).toEqual(JPEG);
    await expect(uploadPhoto(deps, worker, { bytes: JPEG, unitId: elsewhere.id })).rejects.toMatchObject({ fields: [{ path: '/unitId', code: 'not_found' }] });
    // The same bytes uploaded by someone else get their own stamp.
    const town = deps.given.user('town', { displayName: '湖塘镇安监办' });
    const again = await uploadPhoto(deps, town, { bytes: JPEG });
    expect(new TextDecoder().decode((await readPhotoFile(deps, town, { photoId: again.id, variant: 'watermarked' })).bytes)).toContain('拍摄人 湖塘镇安监办');
  });
});
