import type { AuditAnchor, AuditStore } from '../audit/audit.js';

const GENESIS = '0'.repeat(64);

/**
 * The in-memory fakes do not chain their writes (the chain lives in storage, ADR 0071): the head
 * stays at genesis and verifying is refused rather than answering "intact" for a chain it never kept.
 * Anchors are kept like the real table: one per district and day.
 */
const ANCHORS = new WeakMap<object, AuditAnchor[]>();

/** `tables`: the fake database the anchors belong to (stores over the same tables share them). */
export function createMemoryAuditStore(tables: object): AuditStore {
  const anchors = ANCHORS.get(tables) ?? [];
  ANCHORS.set(tables, anchors);
  return {
    head: async (districtCode) => ({ districtCode, seq: 0, hash: GENESIS }),
    verify: () => Promise.reject(new Error('the in-memory fakes keep no audit chain; verify against SQLite or PostgreSQL')),
    async recordAnchor(anchor) {
      if (anchors.some((existing) => existing.districtCode === anchor.districtCode && existing.day === anchor.day)) return false;
      anchors.push(anchor);
      return true;
    },
    listAnchors: async (districtCode, limit) => anchors.filter((anchor) => anchor.districtCode === districtCode).sort((a, b) => (a.day < b.day ? 1 : -1)).slice(0, limit),
  };
}
