import { Type, type Static } from 'typebox';
import { JOB_KINDS, JOB_STATES } from '@safegrid/core';
import { DateTime, Nullable, StringEnum, Uuid, listOf } from './shared.js';

const closed = { additionalProperties: false } as const;

export const JobState = StringEnum(JOB_STATES, { description: 'queued 排队, running 运行中, succeeded 已完成, retrying 失败待重试, dead 已放弃' });
export type JobState = Static<typeof JobState>;

/** A background job of the caller's district: what it is, where it stands, and its last error. */
export const JobResponse = Type.Object({
  id: Uuid,
  kind: Type.String({ description: 'The job definition, e.g. risk.regrade' }),
  state: JobState,
  attempts: Type.Integer({ minimum: 0 }),
  maxAttempts: Type.Integer({ minimum: 1 }),
  runAt: DateTime,
  progress: Nullable(Type.Object({ done: Type.Integer({ minimum: 0 }), total: Type.Integer({ minimum: 0 }) })),
  lastError: Nullable(Type.String()),
  createdAt: DateTime,
  updatedAt: DateTime,
  finishedAt: Nullable(DateTime),
});
export type JobResponse = Static<typeof JobResponse>;

export const JobListQuery = Type.Object({
  state: Type.Optional(listOf(JOB_STATES)),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
}, closed);
export type JobListQuery = Static<typeof JobListQuery>;

export const JobListResponse = Type.Object({ items: Type.Array(JobResponse) });
export type JobListResponse = Static<typeof JobListResponse>;

/** A job to run now: one of the kinds the platform defines. */
export { JOB_KINDS, type JobKind } from '@safegrid/core';

export const RunJobBody = Type.Object({
  kind: StringEnum(JOB_KINDS, { description: 'risk.regrade 风险重新分级, sessions.purge 清理过期会话, stats.fold-past-deadlines 逾期统计日结' }),
}, closed);
export type RunJobBody = Static<typeof RunJobBody>;
