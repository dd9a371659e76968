import { ON_EXISTING, UNIT_IMPORT_FIELDS, type OnExisting, type RowProblemResponse, type UnitImportReportResponse, type UnitImportRunResponse, type UnitImportState, type UnitImportTarget } from '@safegrid/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Progress, Radio, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useI18n } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { importsApi, type ImportMapping } from './imports-api';
import { ImportTabs } from './import-tabs';

/** Headings the dry run did not know, each with a choice of field or "ignore" (never guessed). */
function HeadingMapping({ headings, mapping, onChange }: { readonly headings: readonly string[]; readonly mapping: ImportMapping; readonly onChange: (mapping: ImportMapping) => void }) {
  const { t } = useI18n();
  const options = [{ value: 'ignore', label: t('import.ignore') }, ...UNIT_IMPORT_FIELDS.map((field) => ({ value: field, label: t(`import.field.${field}` as UiMessageKey) }))];
  return (
    <Alert
      type="warning"
      showIcon
      title={t('import.unknownHeadings')}
      description={(
        <Space direction="vertical">
          {headings.map((heading) => (
            <Space key={heading}>
              <Typography.Text strong>{heading}</Typography.Text>
              <Select<UnitImportTarget>
                aria-label={`${t('import.mapTo')} ${heading}`}
                placeholder={t('import.mapTo')}
                style={{ minWidth: 200 }}
                value={mapping[heading]}
                options={options}
                onChange={(target) => onChange({ ...mapping, [heading]: target })}
              />
            </Space>
          ))}
        </Space>
      )}
    />
  );
}

export function ProblemTable({ report }: { readonly report: Pick<UnitImportReportResponse, 'problems' | 'problemCount'> }) {
  const { t } = useI18n();
  return (
    <>
      {report.problemCount > report.problems.length && <Typography.Paragraph type="secondary">{t('import.problemsMore', { shown: report.problems.length })}</Typography.Paragraph>}
      <Table<RowProblemResponse>
        rowKey={(problem) => `${problem.row}-${problem.column}-${problem.code}`}
        size="small"
        dataSource={report.problems}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { key: 'row', title: t('import.row'), dataIndex: 'row', width: 80 },
          { key: 'column', title: t('import.column'), dataIndex: 'column', width: 160 },
          { key: 'value', title: t('import.value'), dataIndex: 'value', ellipsis: true },
          { key: 'message', title: t('import.problem'), dataIndex: 'message' },
        ]}
      />
    </>
  );
}

const FINISHED: readonly UnitImportState[] = ['imported', 'refused', 'failed'];
const POLL_MS = 1_000;

/** The commit running as a job: a progress bar polled each second, then what was written or why nothing was. */
function ImportRunProgress({ started }: { readonly started: UnitImportRunResponse }) {
  const { t } = useI18n();
  const polled = useQuery({
    queryKey: ['unit-import-run', started.id],
    queryFn: () => importsApi.run(started.id),
    initialData: started,
    refetchInterval: (query) => (query.state.data && FINISHED.includes(query.state.data.state) ? false : POLL_MS),
  });
  const run = polled.data;
  if (run.state === 'imported' && run.result) {
    return <Alert type="success" showIcon data-testid="import-result" title={t('import.done', { ...run.result })} action={<Link to="/units">{t('import.viewUnits')}</Link>} />;
  }
  if (run.state === 'refused' || run.state === 'failed') {
    return <Alert type="error" showIcon data-testid="import-result" title={t('import.runStopped')} description={run.refusal?.message} />;
  }
  const done = run.progress?.done ?? 0;
  const total = run.progress?.total ?? run.totalRows;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="import-progress">
      <Progress percent={total > 0 ? Math.floor((done / total) * 100) : 0} status="active" />
      <Typography.Text type="secondary">
        {t(`import.run.${run.state}` as UiMessageKey, { done, total })}
      </Typography.Text>
      {run.state === 'retrying' && run.refusal && <Typography.Text type="warning">{run.refusal.message}</Typography.Text>}
      <ProblemAlert error={polled.error} />
    </Space>
  );
}

interface CheckedStepProps {
  readonly checked: UnitImportReportResponse;
  readonly file: File;
  readonly mapping: ImportMapping;
  readonly onRemap: (mapping: ImportMapping) => void;
}

/** What the dry run found: headings to map, problems with their report, or the choice and the import button. */
function CheckedStep({ checked, file, mapping, onRemap }: CheckedStepProps) {
  const { t, language } = useI18n();
  const [onExisting, setOnExisting] = useState<OnExisting>('skip');
  // One key per checked file: a second click or a retried request answers the first import.
  const [retryKey] = useState(() => crypto.randomUUID());
  const commit = useMutation({ mutationFn: (choice: OnExisting) => importsApi.startRun(file, mapping, choice, retryKey) });
  const report = useMutation({ mutationFn: () => importsApi.downloadReport(file, mapping, language, t('import.reportFileName')) });
  const unmapped = checked.unknownHeadings.filter((heading) => !mapping[heading]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <ProblemAlert error={commit.error ?? report.error} />
      <Typography.Paragraph strong data-testid="import-summary">
        {t('import.summary', { total: checked.totalRows, valid: checked.validRows, new: checked.newRows, existing: checked.existingRows, problems: checked.problemCount })}
      </Typography.Paragraph>
      {checked.unknownHeadings.length > 0 && <HeadingMapping headings={checked.unknownHeadings} mapping={mapping} onChange={onRemap} />}
      {checked.problemCount > 0 ? (
        <>
          <Typography.Title level={4}>{t('import.problems')}</Typography.Title>
          <Button loading={report.isPending} onClick={() => report.mutate()}>{t('import.downloadReport')}</Button>
          <ProblemTable report={checked} />
        </>
      ) : unmapped.length === 0 && (
        <>
          <Alert type="success" showIcon title={t('import.noProblems')} />
          <Space wrap>
            <Typography.Text>{t('import.onExisting')}</Typography.Text>
            <Radio.Group value={onExisting} onChange={(event) => setOnExisting(event.target.value as OnExisting)} options={ON_EXISTING.map((value) => ({ value, label: t(`import.onExisting.${value}` as UiMessageKey) }))} />
          </Space>
          <Space wrap>
            <Button type="primary" loading={commit.isPending} disabled={commit.isSuccess} onClick={() => commit.mutate(onExisting)}>{t('import.commit')}</Button>
          </Space>
        </>
      )}
      {commit.data && <ImportRunProgress started={commit.data} />}
    </Space>
  );
}

/** 台账导入: upload → dry run report (fix and upload again) → update or skip registered units → import all rows or none. */
export function UnitImportPage() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const dryRun = useMutation({ mutationFn: (input: { file: File; mapping: ImportMapping }) => importsApi.dryRun(input.file, input.mapping) });
  const choose = (chosen: File) => {
    setFile(chosen);
    setMapping({});
    dryRun.reset();
    return false;
  };
  const remap = (next: ImportMapping) => {
    setMapping(next);
    if (file) dryRun.mutate({ file, mapping: next });
  };
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('import.title')}</Typography.Title></div>
      <ImportTabs />
      <Typography.Paragraph type="secondary">{t('import.intro')}</Typography.Paragraph>
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Button href={importsApi.templateUrl}>{t('import.template')}</Button>
          <Upload accept=".xlsx,.csv,text/csv" maxCount={1} showUploadList={false} beforeUpload={choose}>
            <Button>{t('import.chooseFile')}</Button>
          </Upload>
          <Typography.Text type="secondary" data-testid="import-file-name">{file?.name ?? t('import.noFile')}</Typography.Text>
          <Button type="primary" disabled={!file} loading={dryRun.isPending} onClick={() => file && dryRun.mutate({ file, mapping })}>{t('import.dryRun')}</Button>
        </Space>
        <ProblemAlert error={dryRun.error} />
        {/* A new dry run (a new file or mapping) starts the next step afresh. */}
        {dryRun.data && file && <CheckedStep key={`${dryRun.submittedAt}`} checked={dryRun.data} file={file} mapping={mapping} onRemap={remap} />}
      </Card>
    </>
  );
}
