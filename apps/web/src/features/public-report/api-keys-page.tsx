import { API_KEY_SCOPES, type ApiKeyListResponse, type ApiKeyResponse, type IssuedApiKeyResponse, type IssueApiKeyBody } from '@safegrid/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { apiRequest } from '../../shared/api-client';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';

const apiKeysApi = {
  list: (signal?: AbortSignal) => apiRequest<ApiKeyListResponse>('/api-keys', { signal }),
  issue: (body: IssueApiKeyBody) => apiRequest<IssuedApiKeyResponse>('/api-keys', { method: 'POST', body }),
  revoke: (id: string) => apiRequest<ApiKeyResponse>(`/api-keys/${id}/revoke`, { method: 'POST' }),
};

/** 开放接口密钥: the district office issues (shown once), lists and revokes Open311 keys (ADR 0075). */
export function ApiKeysPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: ({ signal }) => apiKeysApi.list(signal) });
  const [issued, setIssued] = useState<IssuedApiKeyResponse | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['api-keys'] });
  const issue = useMutation({ mutationFn: apiKeysApi.issue, onSuccess: async (answer) => { setIssued(answer); await refresh(); } });
  const revoke = useMutation({ mutationFn: apiKeysApi.revoke, onSuccess: refresh });
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('apiKeys.title')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('apiKeys.intro')}</Typography.Paragraph>
      <Card title={t('apiKeys.issue')}>
        <Form<IssueApiKeyBody> layout="inline" onFinish={(values) => issue.mutate(values)} initialValues={{ requestsPerHour: 600, scopes: ['open311.submit'] }}>
          <Form.Item name="name" label={t('apiKeys.name')} rules={[{ required: true, message: t('form.required') }]}><Input maxLength={60} /></Form.Item>
          <Form.Item name="requestsPerHour" label={t('apiKeys.perHour')}><InputNumber min={1} max={100000} /></Form.Item>
          <Form.Item name="scopes" label={t('apiKeys.scopes')} rules={[{ required: true, message: t('apiKeys.scopesRequired') }]}>
            <Checkbox.Group options={API_KEY_SCOPES.map((scope) => ({ value: scope, label: t(`apiKeys.scope.${scope}`) }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={issue.isPending}>{t('apiKeys.issue')}</Button>
        </Form>
        {issued && (
          <Alert className="section-card" type="success" showIcon message={t('apiKeys.shownOnce')}
            description={<Typography.Text copyable code data-testid="issued-key">{issued.key}</Typography.Text>} />
        )}
      </Card>
      <Card className="section-card">
        <ProblemAlert error={keys.error ?? issue.error ?? revoke.error} />
        <Table<ApiKeyResponse>
          rowKey="id"
          size="small"
          loading={keys.isPending}
          dataSource={keys.data?.items ?? []}
          pagination={false}
          columns={[
            { key: 'name', title: t('apiKeys.name'), render: (_, key) => <>{key.name} <Typography.Text type="secondary">{key.prefix}…</Typography.Text></> },
            { key: 'perHour', title: t('apiKeys.perHour'), render: (_, key) => key.requestsPerHour },
            { key: 'scopes', title: t('apiKeys.scopes'), render: (_, key) => key.scopes.map((scope) => <Tag key={scope}>{t(`apiKeys.scope.${scope}`)}</Tag>) },
            { key: 'created', title: t('apiKeys.created'), render: (_, key) => `${formatDateTime(key.createdAt)} · ${key.createdBy}` },
            { key: 'used', title: t('apiKeys.lastUsed'), render: (_, key) => formatDateTime(key.lastUsedAt) },
            {
              key: 'state', title: t('apiKeys.state'), render: (_, key) => key.revokedAt
                ? <Tag>{t('apiKeys.revokedAt', { at: formatDateTime(key.revokedAt) })}</Tag>
                : (
                  <Popconfirm title={t('apiKeys.revokeConfirm')} onConfirm={() => revoke.mutate(key.id)}>
                    <Button size="small" danger>{t('apiKeys.revoke')}</Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
