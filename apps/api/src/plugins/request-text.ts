import type { FieldProblem } from '@safegrid/core';
import type { FastifyRequest } from 'fastify';
import type { SafeGridApp } from '../app-types.js';
import { sendProblem } from './error-handler.js';

/**
 * Text is stored as it was sent, or refused (ADR 0070). Three ways it used to change silently:
 * bytes that are not valid in the declared character set became U+FFFD, a body declared as GB 18030
 * was decoded as UTF-8 (湖塘镇 became six U+FFFD), and a lone UTF-16 surrogate (`"\ud800"` in JSON)
 * became U+FFFD on the way into SQLite or PostgreSQL. NUL is refused too: PostgreSQL text cannot
 * hold it (a 500 before), and on SQLite it cuts strings short in C APIs and LIKE.
 */

/** Declared charsets we decode; the WHATWG decoder treats GBK and GB2312 as GB 18030's subsets. */
const DECODERS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'us-ascii': 'utf-8', ascii: 'utf-8',
  gb18030: 'gb18030', gbk: 'gb18030', gb2312: 'gb18030',
};

/** A body this server will not decode; the error handler maps the code (FRAMEWORK_ERRORS). */
export class CharsetError extends Error {
  constructor(readonly code: 'SAFEGRID_UNSUPPORTED_CHARSET' | 'SAFEGRID_BAD_ENCODING') {
    super(code === 'SAFEGRID_UNSUPPORTED_CHARSET' ? 'unsupported charset' : 'body not valid in its charset');
  }
}

/** The charset parameter of a Content-Type, lower-case; utf-8 when absent (RFC 8259 §8.1). */
function declaredCharset(contentType: string | undefined): string {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return (match?.[1] ?? 'utf-8').toLowerCase();
}

/** The body as text in its declared charset; refuses an unknown charset (415) and undecodable bytes (400). */
export function decodeBody(body: Buffer, contentType: string | undefined): string {
  const encoding = DECODERS[declaredCharset(contentType)];
  if (!encoding) throw new CharsetError('SAFEGRID_UNSUPPORTED_CHARSET');
  try {
    // fatal: a malformed byte sequence throws instead of turning into U+FFFD; a UTF-8 BOM is dropped.
    return new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    throw new CharsetError('SAFEGRID_BAD_ENCODING');
  }
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (code units, no `u` flag). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** Problems with the text inside a parsed value: NUL or an unpaired surrogate, in a string or a key. */
export function textProblems(value: unknown, path: string, problems: FieldProblem[] = []): FieldProblem[] {
  if (problems.length >= 50) return problems;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) problems.push({ path, code: 'nul_character' });
    else if (!isWellFormed(value)) problems.push({ path, code: 'lone_surrogate' });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => textProblems(item, `${path}/${index}`, problems));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000') || !isWellFormed(key)) {
        // The key itself cannot be echoed: its bad characters are shown as `?`.
        const shown = [...key].map((char) => (char === '\u0000' || !isWellFormed(char) ? '?' : char)).join('');
        problems.push({ path: `${path}/${shown}`, code: key.includes('\u0000') ? 'nul_character' : 'lone_surrogate' });
      } else {
        textProblems(item, `${path}/${key}`, problems);
      }
    }
  }
  return problems;
}

function requestTextProblems(request: FastifyRequest): FieldProblem[] {
  const problems = textProblems(request.params, '/params');
  textProblems(request.query, '/query', problems);
  textProblems(request.body, '', problems);
  return problems;
}

/**
 * JSON bodies are decoded by their declared charset (UTF-8, or GB 18030/GBK/GB2312) with fatal
 * decoding, then parsed by Fastify's own parser (prototype-poisoning protection kept); every
 * string in the path, query and body is then checked before schema validation.
 */
export function registerRequestText(app: SafeGridApp, bodyLimit: number): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit }, (request, body, done) => {
    let text: string;
    try {
      text = decodeBody(body as Buffer, request.headers['content-type']);
    } catch (error) {
      return done(error as Error, undefined);
    }
    parseJson(request, text, done);
  });
  app.addHook('preValidation', (request, reply, done) => {
    const problems = requestTextProblems(request);
    if (problems.length === 0) return done();
    return sendProblem(request, reply, { status: 400, code: 'request.invalid', fields: problems });
  });
}
