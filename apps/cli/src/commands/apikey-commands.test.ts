import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authenticateApiKey } from '@safegrid/core';
import { loadConfig, openPlatform, type Config } from '@safegrid/platform';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutput } from '../output.js';
import { apikeyIssueCommand, apikeyListCommand, apikeyRevokeCommand } from './apikey-commands.js';
import { demoCommand } from './seed-demo.js';

describe('apikey commands on a real SQLite file', () => {
  let dataDir: string;
  let config: Config;
  const output = createOutput({ json: true, interactive: false });

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'safegrid-cli-apikey-test-'));
    config = loadConfig({ SAFEGRID_DATA_DIR: dataDir });
    await demoCommand(config, output, { units: 20, hazards: 5, seed: 3 });
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('issues a key shown once, lists it without the key, and revokes it so it stops working', async () => {
    const key = await apikeyIssueCommand(config, output, { name: '12345热线平台', perHour: 120 });
    const [listed] = await apikeyListCommand(config, output, {});
    expect(listed).toMatchObject({ name: '12345热线平台', requestsPerHour: 120, revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(key);
    const platform = await openPlatform(config);
    try {
      expect((await authenticateApiKey(platform.deps, key))?.id).toBe(listed?.id);
    } finally {
      await platform.close();
    }
    await apikeyRevokeCommand(config, output, { id: listed?.id });
    const reopened = await openPlatform(config);
    try {
      expect(await authenticateApiKey(reopened.deps, key)).toBeUndefined();
    } finally {
      await reopened.close();
    }
    await expect(apikeyIssueCommand(config, output, {})).rejects.toThrow(/--name/);
    await expect(apikeyRevokeCommand(config, output, {})).rejects.toThrow(/key id/);
  });
});
