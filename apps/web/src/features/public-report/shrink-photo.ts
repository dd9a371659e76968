const MAX_EDGE = 1600;
const QUALITY = 0.8;

/**
 * Every public photo is redrawn on a canvas as a JPEG of at most 1,600 pixels on its long edge:
 * small enough for a phone's upload, and a canvas keeps no EXIF, so the GPS position and the
 * camera details never leave the phone (the report carries its place separately, ADR 0074).
 */
export async function shrinkPhoto(file: File): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
  if (!blob) throw new Error('photo could not be encoded');
  return blob;
}
