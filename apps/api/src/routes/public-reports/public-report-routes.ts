import type { MultipartFile } from '@fastify/multipart';
import { multipartFailure } from '../../plugins/multipart-file.js';
import { findNearbyOpenMatters, getHazardReporters, listDuplicateCandidates, submitPublicReport, trackPublicReport, type CoordinateSystem } from '@safegrid/core';
import {
  DuplicateCandidatesResponse,
  HazardReportersResponse,
  IdParams,
  NearbyQuery,
  NearbyResponse,
  Problem,
  PUBLIC_REPORT_HONEYPOT_FIELD,
  PUBLIC_REPORT_LIMITS,
  PublicReportReceiptResponse,
  PublicTrackingResponse,
  TrackingParams,
} from '@safegrid/contracts';
import type { FastifyRequest } from 'fastify';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { sendProblem } from '../../plugins/error-handler.js';
import { presentCandidates, presentNearby, presentReceipt, presentReporters, presentTracking } from './public-report-presenter.js';

const COORDINATE_SYSTEMS: readonly string[] = ['wgs84', 'gcj02', 'bd09'];
const TEXT_FIELD_MAX = 4000;

interface ReportForm {
  fields: Record<string, string>;
  photos: { bytes: Uint8Array; originalName: string }[];
}

/** Reads the multipart form: text fields and up to one photo more than allowed (core refuses the extra one by name). */
async function readReportForm(request: FastifyRequest, photoMaxBytes: number): Promise<ReportForm> {
  const form: ReportForm = { fields: {}, photos: [] };
  const parts = request.parts({ limits: { files: PUBLIC_REPORT_LIMITS.maxPhotos + 1, fields: 20, parts: 26, fieldSize: TEXT_FIELD_MAX, fileSize: photoMaxBytes } });
  try {
    for await (const part of parts) {
      if (part.type === 'file') {
        const file = part as MultipartFile;
        const bytes = await file.toBuffer();
        if (file.fieldname === 'photos') form.photos.push({ bytes: new Uint8Array(bytes), originalName: file.filename });
      } else if (typeof part.value === 'string') {
        form.fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    throw multipartFailure(error);
  }
  return form;
}

/** 群众举报 without an account (ADR 0074), and what the town reads about the reporters and duplicates of a hazard. */
export async function publicReportRoutes(app: SafeGridApp): Promise<void> {
  const { deps, config } = app.services;

  app.post('/public/reports', {
    config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
    schema: {
      tags: ['public'],
      summary: 'Report a safety problem without an account (multipart: category, description, lng, lat, crs, optional reporterName, reporterPhone, followHazardId, up to 4 files named photos); answers a tracking code',
      consumes: ['multipart/form-data'],
      response: { 201: PublicReportReceiptResponse, 400: Problem, 404: Problem, 409: Problem, 413: Problem, 415: Problem, 422: Problem, 429: Problem },
    },
  }, async (request, reply) => {
    if (!request.isMultipart()) return sendProblem(request, reply, { status: 415, code: 'request.unsupported_media_type' });
    const { fields, photos } = await readReportForm(request, config.photoMaxBytes);
    const lng = Number(fields.lng);
    const lat = Number(fields.lat);
    const crs = fields.crs || 'wgs84';
    const problems = [
      ...(fields.lng && Number.isFinite(lng) ? [] : [{ path: '/location/lng', code: fields.lng ? 'type' : 'required' }]),
      ...(fields.lat && Number.isFinite(lat) ? [] : [{ path: '/location/lat', code: fields.lat ? 'type' : 'required' }]),
      ...(COORDINATE_SYSTEMS.includes(crs) ? [] : [{ path: '/location/crs', code: 'enum' }]),
      ...(fields.category ? [] : [{ path: '/category', code: 'required' }]),
      ...(fields.description !== undefined ? [] : [{ path: '/description', code: 'required' }]),
    ];
    if (problems.length > 0) return sendProblem(request, reply, { status: 422, code: 'request.invalid', fields: problems });
    const idempotencyKey = typeof request.headers['idempotency-key'] === 'string' ? request.headers['idempotency-key'].slice(0, 200) : fields.idempotencyKey || undefined;
    const requestHash = idempotencyKey
      ? deps.hasher.sha256(new TextEncoder().encode(JSON.stringify({ fields: { ...fields, idempotencyKey: null }, photos: photos.map((photo) => deps.hasher.sha256(photo.bytes)) })))
      : undefined;
    const receipt = await submitPublicReport(deps, {
      districtCode: fields.districtCode || undefined,
      category: fields.category ?? '',
      description: fields.description ?? '',
      location: { lng, lat, crs: crs as CoordinateSystem },
      photos,
      reporterName: fields.reporterName || undefined,
      reporterPhone: fields.reporterPhone || undefined,
      honeypot: fields[PUBLIC_REPORT_HONEYPOT_FIELD],
      followHazardId: fields.followHazardId || undefined,
      clientAddress: request.ip,
      channel: 'web',
      idempotencyKey,
      requestHash,
    });
    return reply.status(201).header('cache-control', 'no-store').send(presentReceipt(receipt));
  });

  app.get('/public/reports/nearby', {
    config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: {
      tags: ['public'],
      summary: '附近已有相同问题正在处理: open matters of the same category near a point (no one’s words, names or photos)',
      querystring: NearbyQuery,
      response: { 200: NearbyResponse, 400: Problem, 404: Problem, 422: Problem },
    },
  }, async (request) => {
    const { category, lng, lat, crs, districtCode } = request.query;
    const items = await findNearbyOpenMatters(deps, { districtCode, category, location: { lng, lat, crs: crs ?? 'wgs84' } });
    return { items: items.map(presentNearby) };
  });

  app.get('/public/track/:code', {
    config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: {
      tags: ['public'],
      summary: 'The public stages of a report by its tracking code (已受理, 已交办整改, 已整改销号, 不予受理, 已合并) with dates only',
      params: TrackingParams,
      response: { 200: PublicTrackingResponse, 404: Problem, 429: Problem },
    },
  }, async (request, reply) => reply.header('cache-control', 'no-store').send(presentTracking(await trackPublicReport(deps, request.params.code))));

  app.get('/hazards/:id/reporters', {
    config: { access: 'hazard.read' },
    schema: {
      tags: ['hazards'],
      summary: 'Public reporters of a hazard, follows and merged duplicates (报告次数); names and mobiles in clear for the town only',
      params: IdParams,
      response: { 200: HazardReportersResponse, 404: Problem },
    },
  }, async (request) => presentReporters(await getHazardReporters(deps, requireActor(request), request.params.id)));

  app.get('/hazards/:id/duplicates', {
    config: { access: 'hazard.read' },
    schema: {
      tags: ['hazards'],
      summary: 'Likely duplicates of a hazard: open hazards of the same category nearby, reported recently, nearest first',
      params: IdParams,
      response: { 200: DuplicateCandidatesResponse, 404: Problem },
    },
  }, async (request) => presentCandidates(await listDuplicateCandidates(deps, requireActor(request), request.params.id)));
}
