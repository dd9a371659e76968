import type { Kysely } from 'kysely';

/**
 * 工贸 units carry their sub-industry (冶金, 有色, 建材, 机械, 轻工, 纺织, 烟草, 商贸) so that 第10号令 offers
 * the general articles plus only that sub-industry's (ADR 0072). Existing units start without one and
 * keep being shown every industry article until the registry records it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('units').addColumn('sub_industry', 'text').execute();
}
