import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Actor, CoreDeps, Permission } from '@safegrid/core';
import type { Language } from '@safegrid/contracts';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { Config } from './config.js';

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

/** The services a running server hands to routes. */
export interface ApiServices {
  readonly deps: CoreDeps;
  readonly config: Config;
  readonly version: string;
  /** Answers the database kind once it has run a trivial query. */
  readonly checkDatabase: () => Promise<'sqlite' | 'postgres'>;
}

export type SafeGridApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
> & { services: ApiServices };
