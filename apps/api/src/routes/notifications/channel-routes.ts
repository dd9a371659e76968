import { Type } from 'typebox';
import { countDeliveries, createChannelEndpoint, deleteChannelEndpoint, listChannelEndpoints, listDeliveries, updateChannelEndpoint } from '@safegrid/core';
import { ChannelEndpointBody, ChannelEndpointListResponse, ChannelEndpointResponse, DeliveryCountQuery, DeliveryListQuery, DeliveryPage, IdParams, ListCountResponse, Problem } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentDelivery, presentEndpoint } from './notification-presenter.js';

/** Channel endpoints and the delivery log: the district office's (core refuses everyone else). */
export async function channelRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;
  const responses = { 400: Problem, 403: Problem, 404: Problem };

  app.get('/notification-channels', {
    config: { access: 'authenticated' },
    schema: { tags: ['notifications'], summary: 'The district’s channel endpoints (robots, webhooks, mailboxes); targets and secrets are never returned', response: { 200: ChannelEndpointListResponse, 403: Problem } },
  }, async (request) => ({ items: (await listChannelEndpoints(deps, requireActor(request))).map(presentEndpoint) }));

  app.post('/notification-channels', {
    config: { access: 'authenticated' },
    schema: { tags: ['notifications'], summary: 'Add a channel endpoint for the district, a town or a department (sector)', body: ChannelEndpointBody, response: { 201: ChannelEndpointResponse, ...responses } },
  }, async (request, reply) => reply.code(201).send(presentEndpoint(await createChannelEndpoint(deps, requireActor(request), request.body))));

  app.put('/notification-channels/:id', {
    config: { access: 'authenticated' },
    schema: { tags: ['notifications'], summary: 'Change a channel endpoint; an absent target or secret keeps the stored one', params: IdParams, body: ChannelEndpointBody, response: { 200: ChannelEndpointResponse, ...responses } },
  }, async (request) => presentEndpoint(await updateChannelEndpoint(deps, requireActor(request), request.params.id, request.body)));

  app.delete('/notification-channels/:id', {
    config: { access: 'authenticated' },
    schema: { tags: ['notifications'], summary: 'Remove a channel endpoint', params: IdParams, response: { 204: Type.Null(), 403: Problem, 404: Problem } },
  }, async (request, reply) => {
    await deleteChannelEndpoint(deps, requireActor(request), request.params.id);
    return reply.code(204).send(null);
  });

  app.get('/notification-deliveries', {
    config: { access: 'authenticated' },
    schema: { tags: ['notifications'], summary: 'The delivery log, newest first unless `sort` says otherwise: each message to a channel, its attempts, status and last error', querystring: DeliveryListQuery, response: { 200: DeliveryPage, 400: Problem, 403: Problem } },
  }, async (request) => {
    const actor = requireActor(request);
    const { channel, status, sort, limit, cursor } = request.query;
    const page = await listDeliveries(deps, actor, { channel, status, sort, limit: limit ?? 50, cursor });
    const names = new Map((await listChannelEndpoints(deps, actor)).map((e) => [e.id, e.name]));
    return { items: page.items.map((d) => presentDelivery(d, names)), nextCursor: page.nextCursor };
  });

  app.get('/notification-deliveries/count', {
    config: { access: 'authenticated' },
    schema: { tags: ['notifications'], summary: 'How many deliveries the delivery log shows for the same channel and status (共 N 条), counted up to 10,000', querystring: DeliveryCountQuery, response: { 200: ListCountResponse, 400: Problem, 403: Problem } },
  }, async (request) => countDeliveries(deps, requireActor(request), { channel: request.query.channel, status: request.query.status }));
}
