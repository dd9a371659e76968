import type { UserImportResultResponse } from '@safegrid/contracts';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Table, Typography, Upload } from 'antd';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useI18n } from '../../shared/i18n/i18n';
import { ImportTabs } from './import-tabs';
import { useImportSteps } from './use-import-steps';
import { userImportsApi } from './imports-api';
import { ProblemTable } from './unit-import-page';

type Account = UserImportResultResponse['accounts'][number];

/** The created accounts, with each generated initial password shown this once. */
function CreatedAccounts({ result }: { readonly result: UserImportResultResponse }) {
  const { t } = useI18n();
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="user-import-result">
      <Alert type="success" showIcon title={t('userImport.done', { created: result.created })} />
      <Alert type="warning" showIcon title={t('userImport.passwordsOnce')} />
      <Table<Account>
        rowKey="username"
        size="small"
        dataSource={result.accounts}
        pagination={false}
        columns={[
          { key: 'row', title: t('import.row'), dataIndex: 'row', width: 80 },
          { key: 'username', title: t('userImport.username'), dataIndex: 'username' },
          { key: 'regionCode', title: t('userImport.region'), dataIndex: 'regionCode' },
          { key: 'password', title: t('userImport.initialPassword'), dataIndex: 'initialPassword', render: (value: string | null) => (value ? <Typography.Text code copyable>{value}</Typography.Text> : t('userImport.fromSheet')) },
        ]}
      />
    </Space>
  );
}

/** 账号导入: template → upload → dry run (fix and upload again) → create all accounts or none. */
export function UserImportPage() {
  const { t, language } = useI18n();
  const { file, choose, dryRun, commit } = useImportSteps(userImportsApi);
  const report = useMutation({ mutationFn: (chosen: File) => userImportsApi.downloadReport(chosen, language, t('userImport.reportFileName')) });
  const checked = dryRun.data;
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('import.title')}</Typography.Title></div>
      <ImportTabs />
      <Typography.Paragraph type="secondary">{t('userImport.intro')}</Typography.Paragraph>
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Button href={userImportsApi.templateUrl}>{t('import.template')}</Button>
          <Upload accept=".xlsx,.csv,text/csv" maxCount={1} showUploadList={false} beforeUpload={choose}>
            <Button>{t('import.chooseFile')}</Button>
          </Upload>
          <Typography.Text type="secondary">{file?.name ?? t('import.noFile')}</Typography.Text>
          <Button type="primary" disabled={!file} loading={dryRun.isPending} onClick={() => file && dryRun.mutate(file)}>{t('import.dryRun')}</Button>
        </Space>
        <ProblemAlert error={dryRun.error ?? commit.error ?? report.error} />
        {checked && file && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph strong data-testid="user-import-summary">
              {t('userImport.summary', { total: checked.totalRows, valid: checked.validRows, problems: checked.problemCount })}
            </Typography.Paragraph>
            {checked.problemCount > 0 ? (
              <>
                <Button loading={report.isPending} onClick={() => report.mutate(file)}>{t('import.downloadReport')}</Button>
                <ProblemTable report={checked} />
              </>
            ) : (
              <Button type="primary" loading={commit.isPending} disabled={commit.isSuccess} onClick={() => commit.mutate(file)}>{t('userImport.commit')}</Button>
            )}
          </Space>
        )}
        {commit.data && <CreatedAccounts result={commit.data} />}
      </Card>
    </>
  );
}
