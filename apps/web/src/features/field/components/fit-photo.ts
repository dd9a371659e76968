// Phones with large sensors take photos above the server's upload limit (10 MiB by default).
const MAX_BYTES = 9 * 1024 * 1024;
const MAX_EDGE = 3000;

/**
 * The photo as taken when it is small enough; otherwise re-encoded as a JPEG of at most 3,000
 * pixels on its long edge (its EXIF goes: the report carries the position separately).
 */
export async function fitPhoto(file: File): Promise<{ name: string; blob: Blob }> {
  if (file.size <= MAX_BYTES || typeof createImageBitmap === 'undefined') return { name: file.name || 'photo.jpg', blob: file };
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  return { name: (file.name || 'photo').replace(/\.\w+$/, '') + '.jpg', blob: blob ?? file };
}
