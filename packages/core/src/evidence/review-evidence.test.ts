import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor.js';
import { actOnHazard } from '../hazards/act-on-hazard.js';
import { getHazard } from '../hazards/get-hazard.js';
import type { Hazard } from '../hazards/hazard.js';
import { createInMemoryDeps, type InMemoryDeps } from '../testing/in-memory-deps.js';
import { updateEvidencePolicy, getEvidencePolicy } from './evidence-policy-settings.js';
import { DEFAULT_EVIDENCE_POLICY } from './evidence-policy.js';
import { getHazardEvidence } from './hazard-evidence.js';

function world(level: 'general' | 'major' = 'general') {
  const deps = createInMemoryDeps();
  deps.given.unit();
  const town = deps.given.user('town');
  const district = deps.given.user('district');
  const worker = deps.given.user('grid_worker');
  const enterprise = deps.given.user('enterprise');
  const hazard = deps.given.hazard({ status: 'assigned', deadline: '2026-03-20', level });
  return { deps, town, district, worker, enterprise, hazard };
}

const submit = (deps: InMemoryDeps, actor: Actor, hazard: Hazard) =>
  actOnHazard(deps, actor, { hazardId: hazard.id, action: { action: 'submit', photoIds: [deps.given.photo(actor).id], note: '已整改' } });
const review = (deps: InMemoryDeps, actor: Actor, hazard: Hazard, finding: 'rectified' | 'not_rectified' = 'rectified') =>
  actOnHazard(deps, actor, { hazardId: hazard.id, action: { action: 'review', photoIds: [deps.given.photo(actor).id], finding, note: '现场复查' } });
const close = (deps: InMemoryDeps, actor: Actor, hazard: Hazard, photoIds: string[] = []) =>
  actOnHazard(deps, actor, { hazardId: hazard.id, action: { action: 'close', photoIds, note: '复查通过' } });

describe('复查 visit and review evidence for 销号 (ADR 0087)', () => {
  it('lets the grid worker record a review visit that the town then closes; the worker has an action on 待复查', async () => {
    const { deps, town, worker, enterprise, hazard } = world();
    await submit(deps, enterprise, hazard);
    expect((await getHazard(deps, worker, hazard.id)).availableActions).toEqual(['review']);
    const reviewed = await review(deps, worker, hazard);
    expect(reviewed.status).toBe('submitted');
    expect(reviewed.availableActions).toEqual(['review']);
    expect((await getHazard(deps, town, hazard.id)).availableActions).toEqual(['close', 'return', 'review']);
    const event = deps.tables.hazardEvents.at(-1);
    expect(event).toMatchObject({ action: 'review', fromStatus: 'submitted', toStatus: 'submitted', actorId: worker.userId, details: { finding: 'rectified' } });
    expect(event?.photoIds).toHaveLength(1);
    expect((await close(deps, town, hazard)).status).toBe('closed');
  });

  it('refuses closing a general hazard without review photos by default, naming the field, and changes nothing', async () => {
    const { deps, town, enterprise, hazard } = world();
    await submit(deps, enterprise, hazard);
    const before = deps.tables.hazards.get(hazard.id);
    const events = deps.tables.hazardEvents.length;
    await expect(close(deps, town, hazard)).rejects.toMatchObject({
      kind: 'rule_violation', code: 'hazard.review_evidence_required', fields: [{ path: '/photoIds', code: 'review_evidence_required' }],
    });
    expect(deps.tables.hazards.get(hazard.id)).toEqual(before);
    expect(deps.tables.hazardEvents.length).toBe(events);
    // Photos taken by the closer on the spot count as review evidence.
    expect((await close(deps, town, hazard, [deps.given.photo(town).id])).status).toBe('closed');
  });

  it('counts only review photos since the last rectification: after a return, a new visit is needed', async () => {
    const { deps, town, worker, enterprise, hazard } = world();
    await submit(deps, enterprise, hazard);
    await review(deps, worker, hazard, 'not_rectified');
    expect((await getHazardEvidence(deps, town, hazard.id)).latestFinding).toBe('not_rectified');
    await actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'return', note: '整改未到位' } });
    await submit(deps, enterprise, hazard);
    const evidence = await getHazardEvidence(deps, town, hazard.id);
    expect(evidence).toMatchObject({ latestFinding: null, hasReviewPhotos: false, reviewPhotosRequired: true });
    await expect(close(deps, town, hazard)).rejects.toMatchObject({ code: 'hazard.review_evidence_required' });
    await review(deps, worker, hazard);
    expect((await close(deps, town, hazard)).status).toBe('closed');
  });

  it('lets a district make review photos optional for general hazards, never for major ones', async () => {
    const general = world();
    await updateEvidencePolicy(general.deps, general.district, { ...DEFAULT_EVIDENCE_POLICY, generalReviewPhotos: 'optional' });
    expect(await getEvidencePolicy(general.deps, general.town)).toMatchObject({ generalReviewPhotos: 'optional' });
    await submit(general.deps, general.enterprise, general.hazard);
    expect((await close(general.deps, general.town, general.hazard)).status).toBe('closed');

    const major = world('major');
    await updateEvidencePolicy(major.deps, major.district, { ...DEFAULT_EVIDENCE_POLICY, generalReviewPhotos: 'optional' });
    await submit(major.deps, major.enterprise, major.hazard);
    await expect(close(major.deps, major.district, major.hazard)).rejects.toMatchObject({ code: 'hazard.review_evidence_required' });
    await review(major.deps, major.worker, major.hazard);
    expect((await close(major.deps, major.district, major.hazard)).status).toBe('closed');
  });

  it('refuses a review visit without photos or finding, by the rectifier, or with photos of someone else', async () => {
    const { deps, town, worker, hazard } = world();
    await actOnHazard(deps, worker, { hazardId: hazard.id, action: { action: 'submit', photoIds: [deps.given.photo(worker).id] } });
    await expect(review(deps, worker, hazard)).rejects.toMatchObject({ code: 'hazard.refused_self_review' });
    await expect(
      actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'review', photoIds: [], finding: 'maybe' as never } }),
    ).rejects.toMatchObject({ fields: [{ path: '/photoIds', code: 'required' }, { path: '/finding', code: 'choose' }] });
    await expect(
      actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'review', photoIds: [deps.given.photo(worker).id], finding: 'rectified' } }),
    ).rejects.toMatchObject({ fields: [{ path: '/photoIds/0', code: 'not_found' }] });
  });

  it('lets only the district office change the rules, within bounds', async () => {
    const { deps, town, district } = world();
    await expect(updateEvidencePolicy(deps, town, DEFAULT_EVIDENCE_POLICY)).rejects.toMatchObject({ code: 'evidence.manage_refused' });
    await expect(updateEvidencePolicy(deps, district, { generalReviewPhotos: 'sometimes' as never, maxPhotoAgeHours: 0, maxPhotoDistanceMetres: 10 })).rejects.toMatchObject({
      fields: [{ path: '/generalReviewPhotos', code: 'enum' }, { path: '/maxPhotoAgeHours', code: 'out_of_range' }, { path: '/maxPhotoDistanceMetres', code: 'out_of_range' }],
    });
    expect(await getEvidencePolicy(deps, district)).toEqual(DEFAULT_EVIDENCE_POLICY);
  });
});

describe('evidence photos checked against upload time and the unit’s place', () => {
  it('sorts photos into 整改前 / 整改后 / 复查 and flags old, far and unverifiable ones', async () => {
    const { deps, town, worker, enterprise, hazard } = world();
    const unit = [...deps.tables.units.values()][0];
    const reportPhoto = deps.given.photo(town);
    deps.tables.hazards.set(hazard.id, { ...hazard, photoIds: [reportPhoto.id] });
    await submit(deps, enterprise, hazard);
    const near = deps.given.photo(worker);
    const far = deps.given.photo(worker);
    const uploadedAt = deps.clock.now().toISOString();
    const site = unit!.location;
    // ~0.2 km away and 2 h old; ~3 km away and 30 h old.
    deps.tables.photos.set(near.id, { ...near, takenAt: new Date(Date.parse(uploadedAt) - 2 * 3_600_000).toISOString(), location: { lng: site.lng + 0.002, lat: site.lat } });
    deps.tables.photos.set(far.id, { ...far, takenAt: new Date(Date.parse(uploadedAt) - 30 * 3_600_000).toISOString(), location: { lng: site.lng, lat: site.lat + 0.027 } });
    await actOnHazard(deps, worker, { hazardId: hazard.id, action: { action: 'review', photoIds: [near.id, far.id], finding: 'rectified' } });

    const evidence = await getHazardEvidence(deps, town, hazard.id);
    expect(evidence.photos.map((photo) => photo.stage)).toEqual(['before', 'after', 'review', 'review']);
    const [before, , nearCheck, farCheck] = evidence.photos;
    expect(before).toMatchObject({ photoId: reportPhoto.id, flags: ['no_exif_time', 'no_exif_place'] });
    expect(nearCheck).toMatchObject({ photoId: near.id, flags: [], ageHours: 2 });
    expect(nearCheck!.distanceMetres).toBeGreaterThan(150);
    expect(nearCheck!.distanceMetres).toBeLessThan(250);
    expect(farCheck).toMatchObject({ photoId: far.id, flags: ['taken_long_before', 'far_from_site'], ageHours: 30 });
    expect(evidence).toMatchObject({ latestFinding: 'rectified', hasReviewPhotos: true, reviewPhotosRequired: true });

    // Tighter district thresholds flag the near photo too.
    await updateEvidencePolicy(deps, deps.given.user('district'), { generalReviewPhotos: 'required', maxPhotoAgeHours: 1, maxPhotoDistanceMetres: 100 });
    expect((await getHazardEvidence(deps, town, hazard.id)).photos[2]?.flags).toEqual(['taken_long_before', 'far_from_site']);
  });

  it('answers not found for a hazard outside the caller’s area', async () => {
    const { deps, hazard } = world();
    const luoyang = deps.given.user('town', { town: '320412103' });
    await expect(getHazardEvidence(deps, luoyang, hazard.id)).rejects.toMatchObject({ kind: 'not_found' });
  });
});
