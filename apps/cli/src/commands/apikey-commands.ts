import { issueApiKey, listApiKeys, revokeApiKey, systemActor, type ApiKey } from '@safegrid/core';
import { openPlatform, type Config, type Platform } from '@safegrid/platform';
import { UsageError, type Output } from '../output.js';

async function withDistrict<T>(config: Config, district: string | undefined, work: (platform: Platform, districtCode: string) => Promise<T>): Promise<T> {
  const platform = await openPlatform(config);
  try {
    const all = await platform.deps.regions.listDistrictCodes();
    const districtCode = district ?? (all.length === 1 ? all[0] : undefined);
    if (!districtCode || !all.includes(districtCode)) throw new UsageError(district ? `unknown --district ${district}` : 'several districts: name one with --district');
    return await work(platform, districtCode);
  } finally {
    await platform.close();
  }
}

const keyLine = (key: ApiKey) =>
  `${key.id}  ${key.prefix}…  ${key.name}  ${key.requestsPerHour}/h  [${key.scopes.join(',')}]  issued ${key.createdAt} by ${key.createdBy}${key.revokedAt ? `  REVOKED ${key.revokedAt}` : ''}${key.lastUsedAt ? `  last used ${key.lastUsedAt}` : ''}`;

const publicKey = ({ keyHash: _hash, ...key }: ApiKey) => key;

/** `safegrid apikey issue --name N [--per-hour N] [--district D]`: the key is printed once; only its hash is kept (ADR 0075). */
export async function apikeyIssueCommand(config: Config, output: Output, options: { name?: string; perHour?: number; district?: string }): Promise<string> {
  if (!options.name) throw new UsageError('apikey issue needs --name (the client system, e.g. "12345热线平台")');
  return withDistrict(config, options.district, async (platform, districtCode) => {
    const { key, apiKey } = await issueApiKey(platform.deps, systemActor(districtCode), { name: options.name ?? '', requestsPerHour: options.perHour });
    output.info(`issued: ${keyLine(apiKey)}`);
    output.info(`key (shown once, give it to the client system): ${key}`);
    output.result({ key, apiKey: publicKey(apiKey) });
    return key;
  });
}

/** `safegrid apikey list [--district D]`: every key with its name, limit and state, never the key itself. */
export async function apikeyListCommand(config: Config, output: Output, options: { district?: string }): Promise<ApiKey[]> {
  return withDistrict(config, options.district, async (platform, districtCode) => {
    const keys = await listApiKeys(platform.deps, systemActor(districtCode));
    for (const key of keys) output.info(keyLine(key));
    if (keys.length === 0) output.info('no API keys');
    output.result({ apiKeys: keys.map(publicKey) });
    return keys;
  });
}

/** `safegrid apikey revoke ID [--district D]`: the key stops working at once. */
export async function apikeyRevokeCommand(config: Config, output: Output, options: { id?: string; district?: string }): Promise<ApiKey> {
  if (!options.id) throw new UsageError('apikey revoke needs the key id (see apikey list)');
  return withDistrict(config, options.district, async (platform, districtCode) => {
    const key = await revokeApiKey(platform.deps, systemActor(districtCode), options.id ?? '');
    output.info(`revoked: ${keyLine(key)}`);
    output.result({ apiKey: publicKey(key) });
    return key;
  });
}

/** `safegrid apikey issue|list|revoke`. */
export async function apikeyCommand(
  config: Config,
  output: Output,
  options: { subcommand?: string | undefined; id?: string | undefined; name?: string | undefined; perHour?: number | undefined; district?: string | undefined },
): Promise<void> {
  const district = options.district === undefined ? {} : { district: options.district };
  switch (options.subcommand) {
    case 'issue':
      await apikeyIssueCommand(config, output, { ...district, ...(options.name === undefined ? {} : { name: options.name }), ...(options.perHour === undefined ? {} : { perHour: options.perHour }) });
      return;
    case 'list':
      await apikeyListCommand(config, output, district);
      return;
    case 'revoke':
      await apikeyRevokeCommand(config, output, { ...district, ...(options.id === undefined ? {} : { id: options.id }) });
      return;
    default:
      throw new UsageError('apikey needs issue, list or revoke');
  }
}
