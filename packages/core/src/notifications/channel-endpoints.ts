import type { Actor } from '../accounts/actor.js';
import { isDistrictOffice } from '../accounts/district-office.js';
import type { CoreDeps } from '../deps.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import { COUNT_CAP, type ListCount, type Page } from '../shared/pagination.js';
import type { Sector } from '../units/unit-catalog.js';
import type { DeliverySort } from './delivery-sort.js';
import type { NotificationKind } from './notification.js';
import type { Channel, ChannelEndpoint, Delivery, DeliveryStatus } from './notification-store.js';
import { channelEndpointNotFound, channelsRefused } from './notification-errors.js';

/** What the district office sends to create or change an endpoint. Absent target/secret on a change keeps the stored one. */
export interface ChannelEndpointInput {
  readonly channel: Channel;
  readonly name: string;
  readonly regionCode: string;
  readonly sector: Sector | null;
  readonly kinds: readonly NotificationKind[];
  readonly target?: string | undefined;
  /** A string sets it, null clears it, absent keeps it. */
  readonly secret?: string | null | undefined;
  readonly enabled: boolean;
}

function requireOffice(actor: Actor): void {
  if (!isDistrictOffice(actor)) throw channelsRefused();
}

const URL_CHANNELS: readonly Channel[] = ['wecom', 'dingtalk', 'webhook'];

async function check(deps: CoreDeps, actor: Actor, input: ChannelEndpointInput, target: string | undefined): Promise<void> {
  const problems: FieldProblem[] = [];
  if (!input.name.trim()) problems.push({ path: '/name', code: 'required' });
  if (!target?.trim()) problems.push({ path: '/target', code: 'required' });
  else if (URL_CHANNELS.includes(input.channel) && !/^https?:\/\/\S+$/.test(target.trim())) problems.push({ path: '/target', code: 'target_not_url' });
  if (input.regionCode !== actor.districtCode) {
    const region = await deps.regions.findRegion(input.regionCode);
    if (!region || region.districtCode !== actor.districtCode) problems.push({ path: '/regionCode', code: 'region_unknown' });
  }
  if (problems.length > 0) throw invalidInput(problems);
}

export async function listChannelEndpoints(deps: CoreDeps, actor: Actor): Promise<ChannelEndpoint[]> {
  requireOffice(actor);
  return deps.channels.listEndpoints(actor.districtCode);
}

export async function createChannelEndpoint(deps: CoreDeps, actor: Actor, input: ChannelEndpointInput): Promise<ChannelEndpoint> {
  requireOffice(actor);
  await check(deps, actor, input, input.target);
  const now = deps.clock.now().toISOString();
  const endpoint: ChannelEndpoint = {
    id: deps.ids.newId(), districtCode: actor.districtCode, channel: input.channel, name: input.name.trim(), regionCode: input.regionCode,
    sector: input.sector, kinds: [...new Set(input.kinds)], target: (input.target ?? '').trim(), secret: input.secret?.trim() || null,
    enabled: input.enabled, createdAt: now, updatedAt: now,
  };
  await deps.inTransaction((stores) => stores.channels.saveEndpoint(endpoint));
  return endpoint;
}

export async function updateChannelEndpoint(deps: CoreDeps, actor: Actor, id: string, input: ChannelEndpointInput): Promise<ChannelEndpoint> {
  requireOffice(actor);
  const existing = await deps.channels.findEndpoint(id, actor.districtCode);
  if (!existing) throw channelEndpointNotFound(id);
  const target = input.target === undefined || input.target === '' ? existing.target : input.target.trim();
  await check(deps, actor, input, target);
  const secret = input.secret === undefined ? existing.secret : input.secret?.trim() || null;
  const endpoint: ChannelEndpoint = {
    ...existing, channel: input.channel, name: input.name.trim(), regionCode: input.regionCode, sector: input.sector,
    kinds: [...new Set(input.kinds)], target, secret, enabled: input.enabled, updatedAt: deps.clock.now().toISOString(),
  };
  await deps.inTransaction((stores) => stores.channels.saveEndpoint(endpoint));
  return endpoint;
}

export async function deleteChannelEndpoint(deps: CoreDeps, actor: Actor, id: string): Promise<void> {
  requireOffice(actor);
  if (!(await deps.inTransaction((stores) => stores.channels.deleteEndpoint(id, actor.districtCode)))) throw channelEndpointNotFound(id);
}

/** How many deliveries the delivery log shows for the filters, up to `COUNT_CAP` (共 N 条); the district office's alone, like the list. */
export async function countDeliveries(deps: CoreDeps, actor: Actor, filter: { readonly channel?: Channel | undefined; readonly status?: DeliveryStatus | undefined }): Promise<ListCount> {
  requireOffice(actor);
  return deps.channels.countDeliveries({ districtCode: actor.districtCode, channel: filter.channel, status: filter.status }, COUNT_CAP);
}

export async function listDeliveries(
  deps: CoreDeps,
  actor: Actor,
  query: { readonly channel?: Channel | undefined; readonly status?: DeliveryStatus | undefined; readonly sort?: DeliverySort | undefined; readonly limit?: number; readonly cursor?: string | undefined },
): Promise<Page<Delivery>> {
  requireOffice(actor);
  return deps.channels.listDeliveries({
    districtCode: actor.districtCode, channel: query.channel, status: query.status, sort: query.sort, limit: Math.min(query.limit ?? 50, 200), cursor: query.cursor,
  });
}
