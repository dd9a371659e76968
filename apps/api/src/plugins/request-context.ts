import { negotiateLanguage } from '@safegrid/contracts';
import type { SafeGridApp } from '../app-types.js';

/** Decorates each request with its language (Accept-Language, zh-CN by default) and an empty actor. */
export function registerRequestContext(app: SafeGridApp): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('language', 'zh-CN');
  app.addHook('onRequest', async (request) => {
    request.language = negotiateLanguage(request.headers['accept-language']);
  });
}
