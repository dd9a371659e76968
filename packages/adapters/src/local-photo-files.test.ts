import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PhotoFiles } from '@safegrid/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalPhotoFiles, photoFilePath } from './local-photo-files.js';

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('local photo files', () => {
  let root: string;
  let files: PhotoFiles;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'safegrid-photo-files-'));
    files = createLocalPhotoFiles(join(root, 'photos'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads back exactly the bytes it stored, for both variants', async () => {
    const original = randomBytes(100_000);
    const thumbnail = randomBytes(5_000);
    const sha256 = sha256Of(original);

    await files.put(sha256, 'original', original);
    await files.put(sha256, 'thumbnail', thumbnail);

    expect(Buffer.compare(Buffer.from((await files.read(sha256, 'original'))!), original)).toBe(0);
    expect(Buffer.compare(Buffer.from((await files.read(sha256, 'thumbnail'))!), thumbnail)).toBe(0);
  });

  it('lays files out as <root>/ab/cd/<sha256> with the thumbnail beside the original', async () => {
    const original = randomBytes(1_000);
    const sha256 = sha256Of(original);
    await files.put(sha256, 'original', original);
    await files.put(sha256, 'thumbnail', Buffer.from('thumb'));

    const folder = join(root, 'photos', sha256.slice(0, 2), sha256.slice(2, 4));
    expect((await readdir(folder)).sort()).toEqual([sha256, `${sha256}.thumb.webp`]);
    expect(Buffer.compare(await readFile(join(folder, sha256)), original)).toBe(0);
    expect(await readFile(join(folder, `${sha256}.thumb.webp`), 'utf8')).toBe('thumb');
    expect(photoFilePath('/srv/photos', sha256, 'thumbnail')).toBe(
      `/srv/photos/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}.thumb.webp`,
    );
  });

  it('leaves an existing file alone when the same hash is stored again', async () => {
    const original = randomBytes(1_000);
    const sha256 = sha256Of(original);
    await files.put(sha256, 'original', original);
    await files.put(sha256, 'thumbnail', Buffer.from('first thumbnail'));
    const path = photoFilePath(join(root, 'photos'), sha256, 'original');
    const before = await stat(path);

    await files.put(sha256, 'original', original);
    await files.put(sha256, 'thumbnail', Buffer.from('second thumbnail'));

    const after = await stat(path);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(Buffer.from((await files.read(sha256, 'thumbnail'))!).toString()).toBe('first thumbnail');
  });

  it('survives concurrent writes of the same photo and leaves no temporary files', async () => {
    const original = randomBytes(50_000);
    const sha256 = sha256Of(original);
    await Promise.all(Array.from({ length: 8 }, () => files.put(sha256, 'original', original)));

    const folder = join(root, 'photos', sha256.slice(0, 2), sha256.slice(2, 4));
    expect(await readdir(folder)).toEqual([sha256]);
    expect(Buffer.compare(Buffer.from((await files.read(sha256, 'original'))!), original)).toBe(0);
  });

  it('answers undefined for a photo that is not stored', async () => {
    const sha256 = sha256Of(Buffer.from('never stored'));
    expect(await files.read(sha256, 'original')).toBeUndefined();
    expect(await files.read(sha256, 'thumbnail')).toBeUndefined();
  });

  it.each([
    ['a path that climbs out of the root', `../../../etc/${'a'.repeat(54)}`],
    ['upper-case hex', 'A'.repeat(64)],
    ['63 characters', 'a'.repeat(63)],
    ['65 characters', 'a'.repeat(65)],
    ['a non-hex character', `${'a'.repeat(63)}g`],
    ['a trailing newline', `${'a'.repeat(64)}\n`],
    ['an empty string', ''],
  ])('refuses %s as a key, writing nothing', async (_name, key) => {
    await expect(files.put(key, 'thumbnail', Buffer.from('x'))).rejects.toThrow(RangeError);
    await expect(files.read(key, 'thumbnail')).rejects.toThrow(RangeError);
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses an original whose bytes do not match its hash', async () => {
    const sha256 = sha256Of(Buffer.from('the real photo'));
    await expect(files.put(sha256, 'original', Buffer.from('other bytes'))).rejects.toThrow(/do not match/);
    expect(await files.read(sha256, 'original')).toBeUndefined();
  });
});
