import { XMLBuilder } from 'fast-xml-parser';
import type { FastifyReply } from 'fastify';

export const OPEN311_FORMATS = ['xml', 'json'] as const;
export type Open311Format = (typeof OPEN311_FORMATS)[number];

const builder = new XMLBuilder({ ignoreAttributes: true, format: true, suppressEmptyNode: false });

/**
 * An Open311 document in either format (GeoReport v2, "Spark convention"): `root` and `item` name
 * the XML list (`<services><service>…`); in JSON the outer name disappears and lists are arrays.
 * Values are strings, numbers or booleans; undefined fields are left out.
 */
export function sendOpen311(reply: FastifyReply, format: Open311Format, status: number, body: { root: string; item?: string; value: unknown }): FastifyReply {
  reply.status(status).header('cache-control', 'no-store');
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(body.value));
  const content = body.item ? { [body.root]: { [body.item]: body.value } } : { [body.root]: body.value };
  return reply.type('text/xml; charset=utf-8').send(`<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(stripUndefined(content)) as string}`);
}

function stripUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined).map(([key, item]) => [key, stripUndefined(item)]));
  return value;
}

export interface Open311Error {
  readonly code: number | string;
  readonly description: string;
}

/** The spec's errors list: 404 for what does not exist, 403 for a missing or bad api_key, 400 for the rest. */
export class Open311Failure extends Error {
  constructor(readonly status: number, readonly errors: readonly Open311Error[]) {
    super(errors.map((error) => error.description).join('; '));
  }
}

export const fail = (status: number, description: string, code: number | string = status) => new Open311Failure(status, [{ code, description }]);

export function sendOpen311Errors(reply: FastifyReply, format: Open311Format, failure: Open311Failure): FastifyReply {
  return sendOpen311(reply, format, failure.status, { root: 'errors', item: 'error', value: failure.errors.map((error) => ({ code: error.code, description: error.description })) });
}

/** W3C datetime with the zone: Beijing time, +08:00 (China has one zone and no daylight saving). */
export function w3cDateTime(iso: string): string {
  return `${new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A datetime parameter: W3C with a zone, or a 400 naming the parameter. */
export function parseW3c(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = new Date(value).getTime();
  if (!W3C.test(value) || Number.isNaN(time)) throw fail(400, `${name} 须为带时区的 W3C 日期时间，例如 2026-03-02T08:00:00+08:00`);
  return new Date(time).toISOString();
}

/** Open311: an empty parameter behaves exactly like an absent one. */
export function present(params: Readonly<Record<string, string | readonly string[] | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string' && first.trim() !== '') out[key] = first.trim();
  }
  return out;
}
