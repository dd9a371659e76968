/** Builds multipart/form-data bodies for upload tests. */

/** A multipart body holding one small real JPEG made by sharp, as field `file`. */
export async function multipartJpeg(boundary: string, filename = 'photo.jpg'): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } } }).jpeg().toBuffer();
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/jpeg\r\n\r\n`),
    jpeg,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

/** A multipart body holding arbitrary bytes as field `file`. */
export function multipartBytes(boundary: string, bytes: Buffer, filename: string, contentType = 'image/jpeg'): Buffer {
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}
