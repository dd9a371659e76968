import type { FastifyRequest } from 'fastify';
import { multipartFailure } from '../../plugins/multipart-file.js';
import { fileTooLarge, invalidInput, isUnitImportTarget, type UnitImportTarget } from '@safegrid/core';

export interface ImportUpload {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly mapping: Readonly<Record<string, UnitImportTarget>>;
}

/** A `mapping` form field: JSON `{ "heading in the file": "field" | "ignore" }`. */
function parseMapping(text: string): Record<string, UnitImportTarget> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidInput([{ path: '/mapping', code: 'format' }]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidInput([{ path: '/mapping', code: 'type' }]);
  const mapping: Record<string, UnitImportTarget> = {};
  for (const [heading, target] of Object.entries(value)) {
    if (typeof target !== 'string' || !isUnitImportTarget(target)) throw invalidInput([{ path: `/mapping/${heading}`, code: 'enum' }]);
    mapping[heading] = target;
  }
  return mapping;
}

function isFileTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE';
}

/**
 * Reads the multipart upload of an import: the sheet as field `file` (cut off at `maxBytes`, so a
 * 100 MB file is refused while it streams in, before any parsing) and an optional `mapping` field.
 */
export async function readImportUpload(request: FastifyRequest, maxBytes: number): Promise<ImportUpload> {
  let upload: { bytes: Uint8Array; fileName: string } | undefined;
  let mapping: Record<string, UnitImportTarget> = {};
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 64 * 1024 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file') upload = { bytes: new Uint8Array(bytes), fileName: part.filename };
      } else if (part.fieldname === 'mapping' && typeof part.value === 'string' && part.value.trim() !== '') {
        mapping = parseMapping(part.value);
      }
    }
  } catch (error) {
    if (isFileTooLarge(error)) throw fileTooLarge(maxBytes);
    throw multipartFailure(error);
  }
  if (!upload) throw invalidInput([{ path: '/file', code: 'required' }]);
  return { ...upload, mapping };
}
