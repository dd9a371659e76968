import { JOB_KINDS, type JobKind, type JobResponse, type JobState } from '@safegrid/contracts';
import { Button, Card, Empty, Progress, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { useJobs, useRetryJob, useRunJob } from './use-jobs';

const STATE_COLOUR: Readonly<Record<JobState, string>> = { queued: 'default', running: 'processing', succeeded: 'success', retrying: 'warning', dead: 'error' };
const FAILED: JobState[] = ['retrying', 'dead'];
type Filter = 'all' | 'failed';

/** 后台任务: the district's recent background jobs with state, attempts, progress and last error; failed ones can be retried. */
export function JobListPage() {
  const t = useT();
  const [filter, setFilter] = useState<Filter>('all');
  const jobs = useJobs(filter === 'failed' ? { state: FAILED } : {});
  const retry = useRetryJob();
  const run = useRunJob();
  const [kind, setKind] = useState<JobKind>('risk.regrade');
  const kindLabel = (kind: string) => {
    const key = `job.kind.${kind}` as UiMessageKey;
    const text = t(key);
    return text === key ? kind : text;
  };
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('job.title')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('job.intro')}</Typography.Paragraph>
      <Card
        extra={<Segmented<Filter> value={filter} onChange={setFilter} options={[{ value: 'all', label: t('job.filter.all') }, { value: 'failed', label: t('job.filter.failed') }]} />}
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <Select<JobKind> aria-label={t('job.kind')} value={kind} onChange={setKind} style={{ minWidth: 220 }} options={JOB_KINDS.map((value) => ({ value, label: kindLabel(value) }))} />
          <Button type="primary" loading={run.isPending} onClick={() => run.mutate(kind)}>{t('job.runNow')}</Button>
        </Space>
        <ProblemAlert error={jobs.error ?? retry.error ?? run.error} />
        <Table<JobResponse>
          rowKey="id"
          size="small"
          loading={jobs.isPending}
          dataSource={jobs.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('job.empty')} /> }}
          columns={[
            { key: 'kind', title: t('job.kind'), render: (_, job) => kindLabel(job.kind) },
            { key: 'state', title: t('job.state'), render: (_, job) => <Tag color={STATE_COLOUR[job.state]}>{t(`job.state.${job.state}` as UiMessageKey)}</Tag> },
            { key: 'attempts', title: t('job.attempts'), render: (_, job) => `${job.attempts}/${job.maxAttempts}` },
            {
              key: 'progress', title: t('job.progress'),
              render: (_, job) => (job.progress ? <Progress size="small" percent={job.progress.total > 0 ? Math.round((job.progress.done / job.progress.total) * 100) : 100} format={() => `${job.progress?.done ?? 0}/${job.progress?.total ?? 0}`} /> : '—'),
            },
            { key: 'createdAt', title: t('job.createdAt'), render: (_, job) => formatDateTime(job.createdAt), responsive: ['md'] },
            { key: 'finishedAt', title: t('job.finishedAt'), render: (_, job) => (job.state === 'retrying' ? t('job.nextRun', { at: formatDateTime(job.runAt) }) : formatDateTime(job.finishedAt)), responsive: ['md'] },
            { key: 'lastError', title: t('job.lastError'), render: (_, job) => (job.lastError ? <Typography.Text type="danger" ellipsis={{ tooltip: job.lastError }} style={{ maxWidth: 320 }}>{job.lastError}</Typography.Text> : '—') },
            {
              key: 'actions', title: '',
              render: (_, job) => (FAILED.includes(job.state)
                ? <Button size="small" loading={retry.isPending && retry.variables === job.id} onClick={() => retry.mutate(job.id)}>{t('job.retry')}</Button>
                : null),
            },
          ]}
        />
      </Card>
    </>
  );
}
