import type { GridImportReportResponse } from '@safegrid/contracts';
import { Alert, Button, Card, Space, Table, Typography, Upload } from 'antd';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useI18n } from '../../shared/i18n/i18n';
import { ImportTabs } from './import-tabs';
import { useImportSteps } from './use-import-steps';
import { gridImportsApi } from './imports-api';

type GridProblem = GridImportReportResponse['problems'][number];

/** 网格边界导入: GeoJSON upload → dry run by feature → save all grids or none. */
export function GridImportPage() {
  const { t } = useI18n();
  const { file, choose, dryRun, commit } = useImportSteps(gridImportsApi);
  const checked = dryRun.data;
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('import.title')}</Typography.Title></div>
      <ImportTabs />
      <Typography.Paragraph type="secondary">{t('gridImport.intro')}</Typography.Paragraph>
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Upload accept=".geojson,.json,application/geo+json,application/json" maxCount={1} showUploadList={false} beforeUpload={choose}>
            <Button>{t('import.chooseFile')}</Button>
          </Upload>
          <Typography.Text type="secondary">{file?.name ?? t('import.noFile')}</Typography.Text>
          <Button type="primary" disabled={!file} loading={dryRun.isPending} onClick={() => file && dryRun.mutate(file)}>{t('import.dryRun')}</Button>
        </Space>
        <ProblemAlert error={dryRun.error ?? commit.error} />
        {checked && file && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph strong>
              {t('gridImport.summary', { features: checked.features, new: checked.newGrids, existing: checked.existingGrids, problems: checked.problems.length })}
            </Typography.Paragraph>
            {checked.problems.length > 0 ? (
              <Table<GridProblem>
                rowKey={(problem) => `${problem.feature}-${problem.path}-${problem.problem}`}
                size="small"
                dataSource={checked.problems}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                columns={[
                  { key: 'feature', title: t('gridImport.feature'), dataIndex: 'feature', width: 90 },
                  { key: 'code', title: t('gridImport.code'), dataIndex: 'code', width: 160 },
                  { key: 'message', title: t('import.problem'), dataIndex: 'message' },
                ]}
              />
            ) : (
              <Button type="primary" loading={commit.isPending} disabled={commit.isSuccess} onClick={() => commit.mutate(file)}>{t('gridImport.commit')}</Button>
            )}
          </Space>
        )}
        {commit.data && <Alert type="success" showIcon title={t('gridImport.done', { ...commit.data })} />}
      </Card>
    </>
  );
}
