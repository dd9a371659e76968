import { DomainError, type FieldProblem } from '@safegrid/core';
import type { FastifyRequest } from 'fastify';

/** A multipart body that could not be read to its end (cut short, no closing boundary, no boundary at all). */
export class BadMultipartError extends Error {
  readonly statusCode = 400;
  readonly code = 'SAFEGRID_BAD_MULTIPART';
}

/** Errors of @fastify/multipart that the error handler already maps (413, 415). */
const PASS_THROUGH = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_INVALID_MULTIPART_CONTENT_TYPE', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT']);

export type SingleFile = { readonly bytes: Buffer; readonly filename: string } | { readonly problems: readonly FieldProblem[] };

/**
 * Reads a multipart body that carries exactly one file in field `field` and nothing else, to its
 * closing boundary, before anything is used: a second file, another field, a part cut short or a
 * missing end boundary refuse the whole request (4xx), so nothing is half-used (ADR 0070).
 */
export async function readSingleFile(request: FastifyRequest, field = 'file'): Promise<SingleFile> {
  const files: { bytes: Buffer; filename: string }[] = [];
  const problems: FieldProblem[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') {
        problems.push({ path: `/${part.fieldname}`, code: 'unknown_field' });
        continue;
      }
      // Always drained, so the parser reaches the next part or the end boundary (and reports a cut).
      const bytes = await part.toBuffer();
      if (part.fieldname === field) files.push({ bytes, filename: part.filename });
      else problems.push({ path: `/${part.fieldname}`, code: 'unknown_field' });
    }
  } catch (error) {
    if ((error as { code?: unknown }).code === 'FST_FILES_LIMIT') return { problems: [{ path: `/${field}`, code: 'too_many', params: { limit: 1 } }] };
    throw multipartFailure(error);
  }
  if (files.length > 1) problems.push({ path: `/${field}`, code: 'too_many', params: { limit: 1 } });
  const [file] = files;
  if (!file) problems.push({ path: `/${field}`, code: 'required' });
  return file && problems.length === 0 ? file : { problems };
}

/**
 * What a multipart reader throws when the body failed while being read: the errors the error
 * handler maps (too large, too many parts, wrong content type) and refusals of the values read
 * (a DomainError) as they are, anything else (a part
 * cut short, no closing boundary, garbage) as a 400 — never a 500. Every multipart route's reader
 * ends its loop over `request.parts()` with `catch (error) { throw multipartFailure(error); }`.
 */
export function multipartFailure(error: unknown): Error {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (PASS_THROUGH.has(code) || code === 'FST_FILES_LIMIT')) return error as Error;
  if (error instanceof BadMultipartError || error instanceof DomainError) return error;
  if (typeof (error as { statusCode?: unknown }).statusCode === 'number' && (error as { statusCode: number }).statusCode < 500) return error as Error;
  return new BadMultipartError(`multipart body not readable: ${(error as Error).message}`);
}
