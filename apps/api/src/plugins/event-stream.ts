import { authenticate } from '@safegrid/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SafeGridApp } from '../app-types.js';

/** Writes one event of a stream: its name and a JSON payload. */
export type SendEvent = (event: string, data: unknown) => void;

/**
 * Opens a server-sent event stream on a request, forwarding what `forward` sends until the client
 * goes away, the server closes, or the caller's session ends.
 */
export type OpenEventStream = (request: FastifyRequest, reply: FastifyReply, forward: (send: SendEvent) => () => void) => void;

/**
 * The live routes' shared plumbing (/stats/stream, /notifications/stream): the SSE head, a `ready`
 * event, numbered events, and a heartbeat that keeps proxies from closing the stream and re-checks
 * the session, ending the stream once it has expired or was logged out. Streams still open when the
 * server closes are ended first, so that shutdown does not wait on them.
 */
export function eventStreams(app: SafeGridApp): OpenEventStream {
  const { deps, config } = app.services;
  const openStreams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const close of [...openStreams]) close();
  });

  return (request, reply, forward) => {
    const token = request.sessionToken;
    reply.hijack();
    const stream = reply.raw;
    stream.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    stream.write('retry: 5000\nevent: ready\ndata: {}\n\n');
    let sequence = 0;
    const unsubscribe = forward((event, data) => {
      sequence += 1;
      stream.write(`id: ${sequence}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    });
    const heartbeat = setInterval(() => {
      void (token ? authenticate(deps, token) : Promise.resolve(null)).then(
        (actor) => (actor ? stream.write(': heartbeat\n\n') : close()),
        () => close(),
      );
    }, config.sseHeartbeatSeconds * 1000);
    function close(): void {
      clearInterval(heartbeat);
      unsubscribe();
      openStreams.delete(close);
      if (!stream.writableEnded) stream.end();
    }
    openStreams.add(close);
    request.raw.on('close', close);
  };
}
