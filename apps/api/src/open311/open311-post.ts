import { fail, Open311Failure, type Open311Error } from './open311-format.js';
import type { Open311Service } from './open311-services.js';

const DESCRIPTION_MAX = 4000;
const SINGLE_FIELDS = ['api_key', 'jurisdiction_id', 'service_code', 'lat', 'long', 'address_string', 'address_id', 'email', 'device_id', 'account_id', 'first_name', 'last_name', 'phone', 'description', 'media_url'];

export interface CheckedPost {
  readonly location: { lat?: number; long?: number; addressId?: string };
  readonly description: string | undefined;
  readonly name: string | undefined;
  /** What goes into the hazard's history: attributes, media_url, the device and account ids. */
  readonly details: Record<string, unknown>;
}

/**
 * A POST requests body (application/x-www-form-urlencoded): the single fields (empty = absent) and
 * `attribute[CODE]=v` / `attribute[CODE][]=v1&attribute[CODE][]=v2`. `check` applies the spec's
 * rules for a service and collects every error at once.
 */
export function readPostedRequest(body: unknown) {
  const params = new URLSearchParams(typeof body === 'string' ? body : '');
  const fields: Record<string, string> = {};
  for (const name of SINGLE_FIELDS) {
    const value = params.get(name)?.trim();
    if (value) fields[name] = value;
  }
  const attributes = new Map<string, string[]>();
  for (const [name, value] of params) {
    const match = /^attribute\[([^\]]+)\](\[\])?$/.exec(name);
    if (!match?.[1] || value.trim() === '') continue;
    attributes.set(match[1], [...(attributes.get(match[1]) ?? []), value.trim()]);
  }
  return {
    fields,
    check(service: Open311Service): CheckedPost {
      const errors: Open311Error[] = [];
      const lat = fields.lat === undefined ? undefined : Number(fields.lat);
      const long = fields.long === undefined ? undefined : Number(fields.long);
      if ((lat === undefined) !== (long === undefined)) errors.push({ code: 400, description: 'lat 和 long 须同时提供' });
      if (lat !== undefined && (!Number.isFinite(lat) || lat < -90 || lat > 90)) errors.push({ code: 400, description: 'lat 须为 -90 到 90 之间的数（WGS-84）' });
      if (long !== undefined && (!Number.isFinite(long) || long < -180 || long > 180)) errors.push({ code: 400, description: 'long 须为 -180 到 180 之间的数（WGS-84）' });
      if (lat === undefined && long === undefined && !fields.address_string && !fields.address_id) errors.push({ code: 400, description: '须提供一个位置：lat 和 long、address_string 或 address_id' });
      if (fields.description && [...fields.description].length > DESCRIPTION_MAX) errors.push({ code: 400, description: `description 不能超过 ${DESCRIPTION_MAX} 个字符` });
      if (fields.description && /<[a-z!/][^>]*>/i.test(fields.description)) errors.push({ code: 400, description: 'description 须为纯文本，不能含 HTML' });
      if (fields.media_url && !/^https?:\/\/\S+$/i.test(fields.media_url)) errors.push({ code: 400, description: 'media_url 须为 http(s) 网址' });
      const checkedAttributes: Record<string, string | string[]> = {};
      for (const attribute of service.attributes) {
        const values = attributes.get(attribute.code) ?? [];
        if (attribute.required && values.length === 0) errors.push({ code: 400, description: `缺少必填属性 attribute[${attribute.code}]（${attribute.description}）` });
        const allowed = attribute.values?.map((value) => value.key);
        const wrong = allowed ? values.filter((value) => !allowed.includes(value)) : [];
        if (wrong.length > 0) errors.push({ code: 400, description: `attribute[${attribute.code}] 的取值 ${wrong.join(',')} 不在 ${allowed?.join(',') ?? ''} 之中` });
        if (attribute.datatype === 'singlevaluelist' && values.length > 1) errors.push({ code: 400, description: `attribute[${attribute.code}] 只能有一个值` });
        if (values.length > 0) checkedAttributes[attribute.code] = attribute.datatype === 'multivaluelist' ? values : (values[0] ?? '');
      }
      const unknown = [...attributes.keys()].filter((code) => !service.attributes.some((attribute) => attribute.code === code));
      if (unknown.length > 0) errors.push({ code: 400, description: `服务 ${service.code} 没有属性 ${unknown.join(',')}` });
      if (errors.length > 0) throw new Open311Failure(400, errors);
      const name = [fields.last_name, fields.first_name].filter(Boolean).join('') || undefined;
      return {
        location: { ...(lat !== undefined && long !== undefined ? { lat, long } : {}), ...(fields.address_id ? { addressId: fields.address_id } : {}) },
        description: fields.description,
        name,
        details: {
          ...(Object.keys(checkedAttributes).length > 0 ? { attributes: checkedAttributes } : {}),
          ...(fields.media_url ? { mediaUrl: fields.media_url } : {}),
          ...(fields.device_id ? { deviceId: fields.device_id } : {}),
          ...(fields.account_id ? { accountId: fields.account_id } : {}),
        },
      };
    },
  };
}

export { fail };
