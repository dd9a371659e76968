import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { PHOTO_VARIANTS, type PhotoFiles, type PhotoVariant } from '@safegrid/core';

const SHA256_HEX = /^[0-9a-f]{64}$/;

const SUFFIX_BY_VARIANT: Record<PhotoVariant, string> = {
  original: '',
  thumbnail: '.thumb.webp',
  watermarked: '.stamped.jpg',
};

/**
 * Photo bytes in a local folder, addressed by content: `<root>/ab/cd/<sha256>` for the original
 * and `<sha256>.thumb.webp` beside it. Writes are atomic and durable, and a file already present
 * is left alone. Refuses a sha256 that is not 64 lowercase hex characters, and an original whose
 * bytes do not hash to the sha256 it is stored under. A crash mid-write can leave a `.<uuid>.tmp`
 * file behind, never a partial photo under its real name.
 */
export function createLocalPhotoFiles(rootDir: string): PhotoFiles {
  const root = resolve(rootDir);
  const pathOf = (sha256: string, variant: PhotoVariant) => photoFilePath(root, sha256, variant);

  return {
    async put(sha256, variant, bytes) {
      const target = pathOf(sha256, variant);
      // The name is the content, so a file that is already there holds these bytes.
      if (await exists(target)) return;
      if (variant === 'original') assertContentMatches(sha256, bytes);
      await makeDirectories(dirname(target));
      await writeFileDurably(target, bytes);
    },

    async read(sha256, variant) {
      try {
        return await readFile(pathOf(sha256, variant));
      } catch (error) {
        if (isErrorCode(error, 'ENOENT')) return undefined;
        throw error;
      }
    },
  };
}

/** Where a photo variant lives under `root`; refuses anything but a lowercase SHA-256 hex digest. */
export function photoFilePath(root: string, sha256: string, variant: PhotoVariant): string {
  // The digest becomes part of a path: anything else could climb out of the root (`../`).
  if (!SHA256_HEX.test(sha256)) throw new RangeError('A photo file key must be 64 lowercase hex characters.');
  if (!PHOTO_VARIANTS.includes(variant)) throw new RangeError(`Unknown photo variant: ${String(variant)}.`);
  return join(root, sha256.slice(0, 2), sha256.slice(2, 4), `${sha256}${SUFFIX_BY_VARIANT[variant]}`);
}

function assertContentMatches(sha256: string, bytes: Uint8Array): void {
  // A wrong name would stick for good, because later writes of the same name are skipped.
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) throw new Error('The photo bytes do not match the SHA-256 they are stored under.');
}

/** Temp file in the same folder, fsync, rename over the target, fsync the folder. */
async function writeFileDurably(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(target), `.${randomUUID()}.tmp`);
  try {
    const file = await open(temporary, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(target));
}

/** Creates the two fan-out levels and makes each new directory entry durable in its parent. */
async function makeDirectories(directory: string): Promise<void> {
  const firstCreated = await mkdir(directory, { recursive: true });
  if (firstCreated === undefined) return;
  for (let created = directory; created.length >= firstCreated.length; created = dirname(created)) {
    await syncDirectory(dirname(created));
  }
}

async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // Windows cannot open a directory for fsync; NTFS journals the rename itself.
    if (process.platform === 'win32' && isErrorCode(error, 'EISDIR', 'EPERM')) return;
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return false;
    throw error;
  }
}

function isErrorCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && 'code' in error && codes.includes(String(error.code));
}
