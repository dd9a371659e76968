import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAesGcmSecretBox, SECRET_KEY_BYTES } from '@safegrid/adapters';
import { isDomainError, resealTotpSecrets, type ResealOutcome } from '@safegrid/core';
import { inTransaction, openDatabase } from '@safegrid/storage';
import { ConfigError, type Config } from './config.js';
import { PENDING_SECRET_KEY_FILE, readSecretKeyFile, SECRET_KEY_FILE } from './secret-key.js';

export interface RotateSecretKeyOptions {
  /** A file holding the new key (32 bytes, base64, mode 0600); absent: a new random key (key file only). */
  readonly newKeyFile?: string | undefined;
  /** Leave secrets no key opens as they are instead of refusing the rotation. */
  readonly skipUnreadable?: boolean | undefined;
}

export interface RotateSecretKeyOutcome extends ResealOutcome {
  /** Where the server reads its key: the environment (the operator installs the new key) or the data directory's key file. */
  readonly keySource: 'environment' | 'file';
  /** The key file the new key was installed as; null when the key comes from the environment. */
  readonly installedKeyFile: string | null;
}

/**
 * Rotates the key that seals secrets at rest (ADR 0109). Only TOTP secrets are sealed with it today.
 *
 * The current key is read as the server reads it. With the key in the data directory the new key
 * (given, or 32 random bytes) is first written to `secret.key.new` (0600), then every secret is
 * re-sealed in one transaction, then `secret.key.new` is renamed over `secret.key`. Interrupted before
 * the commit, nothing in the database changed; after it, the server still opens secrets with the
 * pending key, and running the rotation again reuses that key, finds the secrets already under it and
 * finishes the rename. With SAFEGRID_SECRET_KEY the new key must be given in a file and nothing is
 * written: the operator puts it in the variable. No key is ever printed or logged.
 */
export async function rotateSecretKey(config: Config, options: RotateSecretKeyOptions = {}): Promise<RotateSecretKeyOutcome> {
  const fromEnvironment = config.secretKey !== null;
  const keyFile = resolve(config.dataDir, SECRET_KEY_FILE);
  const pendingFile = resolve(config.dataDir, PENDING_SECRET_KEY_FILE);
  if (fromEnvironment && !options.newKeyFile) {
    throw new ConfigError([
      'SAFEGRID_SECRET_KEY is set, so the new key must go there too: write one to a file (umask 077; openssl rand -base64 32 > new.key) and give --new-key-file new.key',
    ]);
  }
  if (!fromEnvironment && !existsSync(keyFile)) {
    throw new ConfigError([`${keyFile} does not exist and SAFEGRID_SECRET_KEY is not set: there is no current key to rotate (the server makes the key file on first start)`]);
  }
  const current = config.secretKey ?? readSecretKeyFile(keyFile);
  const pending = !fromEnvironment && existsSync(pendingFile) ? readSecretKeyFile(pendingFile) : null;
  const next = options.newKeyFile ? readSecretKeyFile(resolve(options.newKeyFile)) : (pending ?? randomBytes(SECRET_KEY_BYTES));
  if (pending && !Buffer.from(pending).equals(Buffer.from(next))) {
    // Secrets may already be sealed under the pending key: replacing that file could lose the only copy.
    throw new ConfigError([`${pendingFile} holds the key of an interrupted rotation: finish it first by running the rotation again without --new-key-file`]);
  }
  const opening = [current, config.secretKeyPrevious, pending].filter((key): key is Uint8Array => key !== null);

  const writesPending = !fromEnvironment && !pending;
  if (writesPending) writeKeyFile(pendingFile, next);

  const database = openDatabase(config.databaseUrl, { poolSize: 2, statementTimeoutMs: config.dbStatementTimeoutMs, sqliteCacheMiB: config.sqliteCacheMiB });
  let outcome: ResealOutcome;
  try {
    outcome = await resealTotpSecrets(
      { inTransaction: inTransaction(database.db, database.dialect) },
      { to: createAesGcmSecretBox(next), from: opening.map((key) => createAesGcmSecretBox(key)) },
      { skipUnreadable: options.skipUnreadable ?? false },
    );
  } catch (error) {
    // A refusal is thrown inside the transaction, before any commit: the new key holds nothing and goes.
    // Any other failure (a connection lost during COMMIT) may have committed: the pending key stays for the next run.
    if (writesPending && isDomainError(error)) rmSync(pendingFile, { force: true });
    throw error;
  } finally {
    await database.close();
  }

  if (fromEnvironment) return { ...outcome, keySource: 'environment', installedKeyFile: null };
  renameSync(pendingFile, keyFile);
  syncDirectory(config.dataDir);
  return { ...outcome, keySource: 'file', installedKeyFile: keyFile };
}

/** Writes a key file readable by its owner only, on disk before the database commits under it. */
function writeKeyFile(file: string, key: Uint8Array): void {
  writeFileSync(file, `${Buffer.from(key).toString('base64')}\n`, { mode: 0o600 });
  // An older file of that name keeps its mode through writeFileSync: make it 0600 whatever it was.
  chmodSync(file, 0o600);
  const handle = openSync(file, 'r+');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  syncDirectory(resolve(file, '..'));
}

/** Makes a rename or a new file in `directory` durable (a no-op where directories cannot be synced). */
function syncDirectory(directory: string): void {
  let handle: number | null = null;
  try {
    handle = openSync(directory, 'r');
    fsyncSync(handle);
  } catch {
    // Some file systems refuse fsync on a directory; the rename is still atomic.
  } finally {
    if (handle !== null) closeSync(handle);
  }
}
