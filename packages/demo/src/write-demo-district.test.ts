import type { Grid, Hazard, HazardEvent, Region, Unit, User } from '@safegrid/core';
import { describe, expect, it } from 'vitest';
import { generateDemoDistrict } from './generate-demo-district.js';
import { writeDemoDistrict, type DemoDistrictSink, type DemoWritePhase } from './write-demo-district.js';

const now = new Date('2026-11-20T04:00:00Z');

describe('writeDemoDistrict', () => {
  it('writes regions, users, units and hazards in batches, in that order, with progress', async () => {
    const calls: string[] = [];
    const written = { regions: 0, grids: 0, users: [] as { user: User; passwordHash: string }[], units: 0, hazards: 0, events: 0 };
    const sink: DemoDistrictSink = {
      async regions(regions: readonly Region[], grids: readonly Grid[]) {
        calls.push('regions');
        written.regions += regions.length;
        written.grids += grids.length;
      },
      async users(users) {
        calls.push('users');
        written.users.push(...users);
      },
      async units(units: readonly Unit[]) {
        calls.push('units');
        expect(units.length).toBeLessThanOrEqual(700);
        written.units += units.length;
      },
      async hazards(hazards: readonly Hazard[], events: readonly HazardEvent[]) {
        calls.push('hazards');
        expect(events.every((event) => hazards.some((hazard) => hazard.id === event.hazardId))).toBe(true);
        written.hazards += hazards.length;
        written.events += events.length;
      },
      checklists: async () => void calls.push('checklists'),
      campaigns: async () => void calls.push('campaigns'),
      inspections: async () => void calls.push('inspections'),
      tenantReviews: async () => void calls.push('tenantReviews'),
    };
    const progress: [DemoWritePhase, number, number][] = [];
    const summary = await writeDemoDistrict(sink, { now, units: 2_000, hazards: 1_500, passwordHash: 'hash', batchSize: 700 }, (...report) => progress.push(report));

    const district = generateDemoDistrict({ now, units: 2_000, hazards: 1_500 });
    expect(calls[0]).toBe('regions');
    expect(calls.indexOf('units')).toBeGreaterThan(calls.lastIndexOf('users'));
    expect(calls.indexOf('hazards')).toBeGreaterThan(calls.lastIndexOf('units'));
    expect(calls.filter((call) => call === 'units')).toHaveLength(3);
    expect(written).toMatchObject({ regions: district.counts.regions, grids: district.counts.grids, units: 2_000, hazards: 1_500 + summary.inspectionHazards });
    expect(written.users.map(({ user }) => user)).toEqual(district.users);
    expect(written.users.every(({ passwordHash }) => passwordHash === 'hash')).toBe(true);
    expect(summary).toMatchObject({ ...district.counts, events: written.events });
    expect(progress.filter(([phase]) => phase === 'hazards').at(-1)).toEqual(['hazards', 1_500, 1_500]);
    expect(calls.indexOf('campaigns')).toBeGreaterThan(calls.lastIndexOf('checklists'));
    expect(calls.indexOf('inspections')).toBeGreaterThan(calls.indexOf('campaigns'));
    expect(progress.filter(([phase]) => phase === 'units').map(([, done]) => done)).toEqual([700, 1_400, 2_000]);
  });

  it('refuses to write accounts without a password hash', async () => {
    const sink = {
      regions: async () => {}, users: async () => {}, units: async () => {}, hazards: async () => {},
      checklists: async () => {}, campaigns: async () => {}, inspections: async () => {}, tenantReviews: async () => {},
    };
    await expect(writeDemoDistrict(sink, { now, units: 10, hazards: 0, passwordHash: '' })).rejects.toThrow(RangeError);
  });
});

describe('streaming', () => {
  it('generates 200,000 hazards batch by batch while holding only the current batch', () => {
    const district = generateDemoDistrict({ now, units: 2_000, hazards: 200_000, seed: 'streaming' });
    const heapBefore = process.memoryUsage().heapUsed;
    let hazards = 0;
    let events = 0;
    let peakHeap = heapBefore;
    let previousLastId = '';
    for (const batch of district.hazardBatches(1_000)) {
      hazards += batch.hazards.length;
      events += batch.events.length;
      // Batches follow each other in id order: a loader can append to its indexes.
      expect((batch.hazards[0]?.id ?? '') >= previousLastId).toBe(true);
      previousLastId = batch.hazards.at(-1)?.id ?? '';
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
    expect(hazards).toBe(200_000);
    expect(events).toBeGreaterThan(600_000);
    // All 200,000 hazards and their events held at once would take well over a gigabyte.
    expect(peakHeap - heapBefore).toBeLessThan(400 * 1024 * 1024);
  }, 60_000);
});
