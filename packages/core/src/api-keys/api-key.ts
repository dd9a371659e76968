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
