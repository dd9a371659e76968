/**
 * A key an outside system (a 12345 hotline platform, a city app) uses to POST Open311 requests
 * (ADR 0075). Issued by the district office with a name and its own limit; the key itself is shown
 * once and only its hash is kept; a revoked key stops working at once.
 */
export interface ApiKey {
  readonly id: string;
  readonly districtCode: string;
  /** The client system, written into the history of every hazard it reports. */
  readonly name: string;
  readonly keyHash: string;
  /** The first characters of the key, so the office can tell keys apart without seeing them. */
  readonly prefix: string;
  readonly requestsPerHour: number;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
  /** What the key may do (ADR 0089): submit Open311 requests, and/or read the district's data over the API. */
  readonly scopes: readonly ApiKeyScope[];
}

export interface ApiKeyStore {
  insert(key: ApiKey): Promise<void>;
  /** Across districts: a key names its district. */
  findByHash(keyHash: string): Promise<ApiKey | undefined>;
  list(districtCode: string): Promise<ApiKey[]>;
  findById(id: string, districtCode: string): Promise<ApiKey | undefined>;
  revoke(id: string, districtCode: string, at: string): Promise<boolean>;
  touch(id: string, at: string): Promise<void>;
}

export const API_KEY_LIMITS = { nameMax: 60, minPerHour: 1, maxPerHour: 100_000, defaultPerHour: 600 } as const;

/**
 * What a key may do (ADR 0089). `open311.submit`: POST Open311 requests (every key issued before
 * scopes existed has it). `data.read`: GET the district's regions, units, hazards and statistics
 * over /api/v1 as a read-only system, with the key as a bearer token.
 */
export const API_KEY_SCOPES = ['open311.submit', 'data.read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
