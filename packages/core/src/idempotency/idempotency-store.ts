/** A client's retry key and what the first request with it created. */
export interface IdempotencyRecord {
  readonly userId: string;
  readonly key: string;
  readonly requestHash: string;
  readonly resourceId: string;
  readonly createdAt: string;
}

export interface IdempotencyStore {
  find(userId: string, key: string): Promise<IdempotencyRecord | undefined>;
  /** Refused with a conflict when the key was saved concurrently. */
  save(record: IdempotencyRecord): Promise<void>;
}
