import { negotiateLanguage } from '@safegrid/contracts';
import type { SafeGridApp } from '../app-types.js';

/** Decorates each request with its language (Accept-Language, zh-CN by default) and an empty actor. */
export function registerRequestContext(app: SafeGridApp): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('language', 'zh-CN');
  // Synchronous on purpose: an async hook costs every request a promise and a microtask turn.
  app.addHook('onRequest', (request, _reply, done) => {
    request.language = negotiateLanguage(request.headers['accept-language']);
    done();
  });
}
