import { afterEach, beforeEach, expect, it } from 'vitest';
import type { StoredEvidencePolicy } from '@safegrid/core';
import { DISTRICT } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

const OTHER_DISTRICT = '320411';
const policy = (overrides: Partial<StoredEvidencePolicy> = {}): StoredEvidencePolicy => ({
  districtCode: DISTRICT, generalReviewPhotos: 'optional', maxPhotoAgeHours: 12, maxPhotoDistanceMetres: 500,
  updatedBy: 'office', updatedAt: '2026-12-09T02:00:00.000Z', ...overrides,
});

describeEachStoreTarget('evidence policy store (ADR 0087)', (target) => {
  let world: TestStores;
  beforeEach(async () => {
    world = await openTestStores(target);
  });
  afterEach(async () => world.dispose());

  it('keeps one policy per district, replaced on save, and nothing for a district that set none', async () => {
    const { evidencePolicies } = world.stores;
    expect(await evidencePolicies.find(DISTRICT)).toBeUndefined();
    await evidencePolicies.save(policy());
    await evidencePolicies.save(policy({ districtCode: OTHER_DISTRICT, generalReviewPhotos: 'required' }));
    await evidencePolicies.save(policy({ maxPhotoAgeHours: 48, updatedBy: 'office-2', updatedAt: '2026-12-09T03:00:00.000Z' }));
    expect(await evidencePolicies.find(DISTRICT)).toEqual(policy({ maxPhotoAgeHours: 48, updatedBy: 'office-2', updatedAt: '2026-12-09T03:00:00.000Z' }));
    expect(await evidencePolicies.find(OTHER_DISTRICT)).toEqual(policy({ districtCode: OTHER_DISTRICT, generalReviewPhotos: 'required' }));
  });

  if (target !== 'memory') {
    // The fakes keep no audit chain (they refuse to verify); the databases chain every change.
    it('chains every change in the district’s audit trail, which then verifies', async () => {
      const { evidencePolicies, audit } = world.stores;
      await evidencePolicies.save(policy());
      await evidencePolicies.save(policy({ generalReviewPhotos: 'required' }));
      const verification = await audit.verify(DISTRICT);
      expect(verification).toMatchObject({ ok: true, entries: 2 });
    });
  }
});
