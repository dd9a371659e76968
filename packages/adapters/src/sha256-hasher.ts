import { createHash } from 'node:crypto';
import type { ContentHasher } from '@safegrid/core';

/** SHA-256 of bytes as 64 lowercase hex characters, the key of content-addressed photo files. */
export const sha256Hasher: ContentHasher = {
  sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
};
