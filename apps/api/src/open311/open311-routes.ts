import {
  authenticateApiKey,
  getOpen311Request,
  isDomainError,
  listOpen311Requests,
  normalizeTrackingCode,
  OPEN311_MAX_DAYS,
  resolveOpen311Location,
  resolvePublicDistrict,
  submitOpen311Request,
  trackingCodeHash,
  type Open311Request,
  type PublicReportCategory,
} from '@safegrid/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SafeGridApp } from '../app-types.js';
import { problemBody } from '../problem.js';
import { fail, Open311Failure, OPEN311_FORMATS, parseW3c, present, sendOpen311, sendOpen311Errors, w3cDateTime, type Open311Format } from './open311-format.js';
import { findService, OPEN311_SERVICES } from './open311-services.js';
import { readPostedRequest } from './open311-post.js';

const STATUS_NOTES: Readonly<Record<string, string>> = { reported: '已受理，待核实', assigned: '已交办整改', submitted: '整改完成，待复查', closed: '已整改销号', dismissed: '不予受理' };
const DISMISS_NOTES: Readonly<Record<string, string>> = { not_true: '不予受理：经核查不属实', duplicate: '已合并：与其他举报为同一问题' };

/** Splits `name.format` from the last path segment; an unknown format is a 404 in XML (the mandatory one). */
function formatOf(segment: string): { name: string; format: Open311Format } {
  const dot = segment.lastIndexOf('.');
  const format = segment.slice(dot + 1);
  if (dot <= 0 || !(OPEN311_FORMATS as readonly string[]).includes(format)) throw Object.assign(fail(404, '不支持的格式：请使用 .xml 或 .json'), { format: 'xml' as const });
  return { name: segment.slice(0, dot), format: format as Open311Format };
}

function presentRequest(request: Open311Request) {
  const { hazard, report } = request;
  const service = findService(report.category);
  const notes = hazard.status === 'dismissed' ? (DISMISS_NOTES[hazard.dismissReason ?? ''] ?? STATUS_NOTES.dismissed) : STATUS_NOTES[hazard.status];
  return {
    service_request_id: hazard.id,
    status: request.status,
    status_notes: notes,
    service_name: service?.name,
    service_code: report.category,
    agency_responsible: service?.agency,
    service_notice: request.mergedInto ? `已合并到 ${request.mergedInto}` : undefined,
    requested_datetime: w3cDateTime(report.createdAt),
    updated_datetime: w3cDateTime(hazard.closedAt ?? hazard.updatedAt),
    expected_datetime: hazard.deadline ? `${hazard.deadline}T23:59:59+08:00` : undefined,
    lat: hazard.location?.lat,
    long: hazard.location?.lng,
  };
}

/**
 * Open311 GeoReport v2 at /open311/v2 (ADR 0075): discovery, services and definitions, POST and GET
 * requests, tokens; XML (with its declaration) or JSON by suffix; every failure as the spec's
 * errors list. Keyless except POST; no cookie is read or needed.
 */
export async function open311Routes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => done(null, body));

  const jurisdiction = async (params: Record<string, string>): Promise<string> => {
    try {
      const district = await resolvePublicDistrict(deps, params.jurisdiction_id);
      return district;
    } catch (error) {
      if (isDomainError(error) && error.kind === 'not_found') throw fail(404, `jurisdiction_id ${params.jurisdiction_id ?? ''} 不存在`);
      if (isDomainError(error)) throw fail(400, '本服务覆盖多个区，请提供 jurisdiction_id（区划代码）');
      throw error;
    }
  };
  type Handler = (request: FastifyRequest, reply: FastifyReply, format: Open311Format, name: string) => Promise<FastifyReply>;
  const route = (method: 'GET' | 'POST', url: string, handler: Handler) =>
    app.route({
      method, url, config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } }, schema: { hide: true },
      handler: async (request, reply) => {
        const segment = (request.params as { file: string }).file;
        let format: Open311Format = 'xml';
        try {
          const parsed = formatOf(segment);
          format = parsed.format;
          return await handler(request, reply, format, parsed.name);
        } catch (error) {
          if (error instanceof Open311Failure) return sendOpen311Errors(reply, format, error);
          if (isDomainError(error)) return sendOpen311Errors(reply, format, domainFailure(request, error));
          throw error;
        }
      },
    });

  const discovery: Handler = async (request, reply, format) => {
    const base = `${request.protocol}://${request.host}/open311/v2`;
    return sendOpen311(reply, format, 200, { root: 'discovery', value: {
      changeset: '2026-12-08T07:00:00+08:00',
      contact: '区安委办 群众举报受理，电话 12345；紧急情况请拨打 119',
      key_service: 'API 密钥由区安委办签发（SafeGrid「开放接口密钥」页面或 safegrid apikey issue）',
      endpoints: format === 'json'
        ? [{ specification: 'http://wiki.open311.org/GeoReport_v2', url: base, changeset: '2026-12-08T07:00:00+08:00', type: 'production', formats: ['text/xml', 'application/json'] }]
        : { endpoint: { specification: 'http://wiki.open311.org/GeoReport_v2', url: base, changeset: '2026-12-08T07:00:00+08:00', type: 'production', formats: { format: ['text/xml', 'application/json'] } } },
    } });
  };

  const services: Handler = async (request, reply, format) => {
    await jurisdiction(present(request.query as Record<string, string>));
    return sendOpen311(reply, format, 200, { root: 'services', item: 'service', value: OPEN311_SERVICES.map((service) => ({
      service_code: service.code, service_name: service.name, description: service.description, metadata: service.attributes.length > 0,
      type: 'realtime', keywords: service.keywords, group: service.group,
    })) });
  };

  route('GET', '/services/:file', async (request, reply, format, code) => {
    await jurisdiction(present(request.query as Record<string, string>));
    const service = findService(code);
    if (!service) throw fail(404, `service_code ${code} 不存在`);
    const attributes = service.attributes.map((attribute) => ({
      ...attribute, values: attribute.values && (format === 'json' ? attribute.values : { value: attribute.values }),
    }));
    return sendOpen311(reply, format, 200, { root: 'service_definition', value: { service_code: service.code, attributes: format === 'json' ? attributes : { attribute: attributes } } });
  });

  route('POST', '/:file', async (request, reply, format, name) => {
    if (name !== 'requests') throw fail(404, '资源不存在');
    const posted = readPostedRequest(request.body);
    const key = await authenticateApiKey(deps, posted.fields.api_key);
    if (!key) throw fail(403, 'api_key 缺失或无效（已撤销的密钥不能再用）');
    if (!key.scopes.includes('open311.submit')) throw fail(403, '该 api_key 没有提交诉求的权限（open311.submit）');
    const district = await jurisdiction(posted.fields);
    if (district !== key.districtCode) throw fail(403, '该 api_key 不属于此 jurisdiction_id');
    const service = posted.fields.service_code ? findService(posted.fields.service_code) : undefined;
    if (!posted.fields.service_code) throw fail(400, '缺少 service_code');
    if (!service) throw fail(404, `service_code ${posted.fields.service_code} 不存在`);
    const checked = posted.check(service);
    const location = await resolveOpen311Location(deps, district, checked.location);
    if (!location) throw fail(400, checked.location.addressId ? 'address_id 不是已登记且有位置的监管对象' : '仅有 address_string 时无法定位，请同时提供 lat 和 long（WGS-84）');
    const receipt = await submitOpen311Request(deps, key, {
      category: service.code, description: checked.description ?? service.name, location, reporterName: checked.name, reporterPhone: posted.fields.phone,
      addressText: posted.fields.address_string, details: checked.details,
    });
    return sendOpen311(reply, format, 201, { root: 'service_requests', item: 'request', value: [{
      service_request_id: receipt.hazardId,
      service_notice: `已受理，属地镇（街道）将核实处理。查询码 ${receipt.trackingCode}，可在 /track/${receipt.trackingCode} 查看进展`,
      account_id: posted.fields.account_id,
    }] });
  });

  const requests: Handler = async (request, reply, format) => {
    const params = present(request.query as Record<string, string>);
    const district = await jurisdiction(params);
    const statuses = params.status?.split(',').map((status) => status.trim()).filter(Boolean);
    if (statuses?.some((status) => status !== 'open' && status !== 'closed')) throw fail(400, 'status 只能是 open 或 closed（可用逗号分隔）');
    const codes = params.service_code?.split(',').map((code) => code.trim()).filter(Boolean);
    const unknown = codes?.find((code) => !findService(code));
    if (unknown) throw fail(404, `service_code ${unknown} 不存在`);
    const startDate = parseW3c('start_date', params.start_date);
    const endDate = parseW3c('end_date', params.end_date);
    if (startDate && endDate && new Date(endDate).getTime() - new Date(startDate).getTime() > OPEN311_MAX_DAYS * 86_400_000) {
      throw fail(400, `start_date 与 end_date 相隔不能超过 ${OPEN311_MAX_DAYS} 天`);
    }
    const found = await listOpen311Requests(deps, district, {
      ids: params.service_request_id?.split(',').map((id) => id.trim()).filter(Boolean),
      categories: codes as PublicReportCategory[] | undefined,
      startDate,
      endDate,
      statuses: statuses as ('open' | 'closed')[] | undefined,
    });
    return sendOpen311(reply, format, 200, { root: 'service_requests', item: 'request', value: found.map(presentRequest) });
  };

  const topLevel: Readonly<Record<string, Handler>> = { discovery, services, requests };
  route('GET', '/:file', async (request, reply, format, name) => {
    const handler = topLevel[name];
    if (!handler) throw fail(404, '资源不存在');
    return handler(request, reply, format, name);
  });

  route('GET', '/requests/:file', async (request, reply, format, id) => {
    const district = await jurisdiction(present(request.query as Record<string, string>));
    const found = await getOpen311Request(deps, district, id);
    if (!found) throw fail(404, `service_request_id ${id} 不存在`);
    return sendOpen311(reply, format, 200, { root: 'service_requests', item: 'request', value: [presentRequest(found)] });
  });

  // A token is the tracking code a POST answered with (in its service_notice); it resolves to the request id.
  route('GET', '/tokens/:file', async (request, reply, format, token) => {
    await jurisdiction(present(request.query as Record<string, string>));
    const normalized = normalizeTrackingCode(token);
    const report = normalized ? await deps.publicReports.findByCodeHash(trackingCodeHash(deps.tokens, normalized)) : undefined;
    if (!report?.reportedHazardId) throw fail(404, `token ${token} 不存在`);
    return sendOpen311(reply, format, 200, { root: 'service_requests', item: 'request', value: [{ service_request_id: report.reportedHazardId, token }] });
  });
}

/** A refusal of core in the spec's terms: its translated title and field messages as descriptions. */
function domainFailure(request: FastifyRequest, error: Parameters<typeof isDomainError>[0] & { kind: string; code: string; fields: readonly { path: string; code: string }[]; details: Readonly<Record<string, unknown>> }): Open311Failure {
  const body = problemBody({
    language: 'zh-CN', requestId: String(request.id), status: 400, code: error.code, fields: error.fields,
    params: typeof error.details.retryAfterSeconds === 'number' ? { retryAfterSeconds: error.details.retryAfterSeconds } : undefined,
  });
  const status = error.kind === 'not_found' ? 404 : error.kind === 'rate_limited' ? 429 : 400;
  const errors = (body.errors ?? []).map((item) => ({ code: status, description: item.message }));
  return new Open311Failure(status, errors.length > 0 ? errors : [{ code: status, description: body.title }]);
}
