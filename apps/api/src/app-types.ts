import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Actor, Permission } from '@safegrid/core';
import type { Language } from '@safegrid/contracts';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { PlatformServices } from '@safegrid/platform';

/** What a route requires of its caller; every route declares one. */
export type RouteAccess = 'public' | 'authenticated' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** Who is calling; null before authentication or for anonymous calls. */
    actor: Actor | null;
    /** The session token the caller presented (bearer or cookie). */
    sessionToken: string | null;
    language: Language;
  }
}

/** The services a running server hands to routes: the platform's. */
export type ApiServices = PlatformServices;

export type SafeGridApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
> & { services: ApiServices };
