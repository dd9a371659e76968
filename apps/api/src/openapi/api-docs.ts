import swaggerUi from '@fastify/swagger-ui';
import type { SafeGridApp } from '../app-types.js';

const DOCS_PREFIX = '/api/docs';

/**
 * The API documentation as SAFEGRID_API_DOCS asks: `public` serves /api/docs and
 * /api/v1/openapi.json to anyone, `login` only to a logged-in user (401 problem otherwise, checked by
 * access control like any route), `off` registers neither, so both answer 404. Registered after
 * authentication and access control so their hooks run on these routes too.
 */
export async function registerApiDocs(app: SafeGridApp): Promise<void> {
  const setting = app.services.config.apiDocs;
  if (setting === 'off') return;
  const access = setting === 'login' ? 'authenticated' : 'public';

  await app.register(async (scope) => {
    // Swagger UI's own routes (page, assets, /api/docs/json) take the documentation's access level.
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, access };
    });
    await scope.register(swaggerUi, { routePrefix: DOCS_PREFIX });
  });

  app.get('/api/v1/openapi.json', { config: { access }, schema: { hide: true } }, async () => app.swagger());
}
