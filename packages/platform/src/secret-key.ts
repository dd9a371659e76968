import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SECRET_KEY_BYTES } from '@safegrid/adapters';
import type { Config } from './config.js';

/** The key file made in the data directory when SAFEGRID_SECRET_KEY is not set. */
export const SECRET_KEY_FILE = 'secret.key';
/**
 * The next key while a rotation runs (ADR 0109): written before the database commits, renamed over
 * `secret.key` after. Found at start, it is a rotation interrupted in between, and the server opens
 * secrets with it as well.
 */
export const PENDING_SECRET_KEY_FILE = 'secret.key.new';

/**
 * The server's key for secrets at rest (ADR 0104): SAFEGRID_SECRET_KEY when set; otherwise the key
 * file in the data directory, made on first start (32 random bytes, base64, mode 0600). Making it
 * with O_EXCL means two processes starting together on one data directory end with the same key. A
 * file that is not a 32-byte key stops the start rather than sealing under a key nobody can restore.
 */
export function serverSecretKey(config: Pick<Config, 'secretKey' | 'dataDir'>): Uint8Array {
  if (config.secretKey) return config.secretKey;
  const file = resolve(config.dataDir, SECRET_KEY_FILE);
  mkdirSync(config.dataDir, { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(SECRET_KEY_BYTES).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readSecretKeyFile(file);
}

/**
 * Keys the server opens secrets with but never seals under (ADR 0109): SAFEGRID_SECRET_KEY_PREVIOUS
 * during a rolling change, and, when the key lives in the data directory, the pending key of a
 * rotation interrupted after its commit.
 */
export function serverReadOnlyKeys(config: Pick<Config, 'secretKey' | 'secretKeyPrevious' | 'dataDir'>): Uint8Array[] {
  const keys = config.secretKeyPrevious ? [config.secretKeyPrevious] : [];
  const pending = resolve(config.dataDir, PENDING_SECRET_KEY_FILE);
  if (!config.secretKey && existsSync(pending)) keys.push(readSecretKeyFile(pending));
  return keys;
}

/** A key file: one 32-byte key in base64, readable by its owner only; anything else is refused. */
export function readSecretKeyFile(file: string): Uint8Array {
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== SECRET_KEY_BYTES) throw new Error(`${file} must hold a ${SECRET_KEY_BYTES}-byte key in base64`);
  if ((statSync(file).mode & 0o077) !== 0) throw new Error(`${file} must be readable by its owner only (chmod 600)`);
  return key;
}
