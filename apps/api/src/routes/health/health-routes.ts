import { Type } from 'typebox';
import type { SafeGridApp } from '../../app-types.js';

export const HealthResponse = Type.Object({
  status: Type.Literal('ok'),
  database: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]),
  version: Type.String(),
});

export async function healthRoutes(app: SafeGridApp): Promise<void> {
  app.get('/health', {
    config: { access: 'public' },
    schema: { tags: ['system'], summary: 'Liveness and database check', response: { 200: HealthResponse } },
  }, async () => ({ status: 'ok' as const, database: await app.services.checkDatabase(), version: app.services.version }));
}
