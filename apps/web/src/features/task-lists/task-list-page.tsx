import { DownloadOutlined } from '@ant-design/icons';
import { DEPARTMENTS, TARGET_METRICS, TASK_STATUSES, type AddPlanTaskBody, type TaskRowResponse } from '@safegrid/contracts';
import { App, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { saveFile } from '../../shared/api-client';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { dayjs, formatDateTime, todayInShanghai } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { optionsOf } from '../../shared/i18n/labels';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { useCurrentUser } from '../auth/use-session';
import { PhotoUploadField } from '../photos/photo-upload-field';
import { useTowns } from '../regions/use-regions';
import { taskListsApi } from './task-lists-api';
import { useTaskListWrite, useTaskPlans, useTaskTable } from './use-task-lists';

type Status = (typeof TASK_STATUSES)[number];
/** Status colours: 滞后 stands out. */
const STATUS_TAG: Readonly<Record<Status, string>> = { on_track: 'processing', behind: 'error', done: 'success' };

type Office = AddPlanTaskBody['lead'];
/** Offices travel through the form as `town:320412100` or `department:emergency`. */
const officeOf = (value: string): Office => {
  const [kind, code] = value.split(':') as [Office['kind'], string];
  return { kind, code };
};

function useOfficeOptions() {
  const t = useT();
  const { towns } = useTowns();
  return [
    ...towns.map((town) => ({ value: `town:${town.code}`, label: town.name })),
    ...optionsOf(t, 'department', DEPARTMENTS).map((option) => ({ value: `department:${option.value}`, label: option.label })),
  ];
}

interface PlanValues { name: string; period: [Dayjs, Dayjs] }

function PlanForm({ onCreated }: { readonly onCreated: (id: string) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanValues>();
  const create = useTaskListWrite(taskListsApi.createPlan);
  const submit = (values: PlanValues) => create.mutate(
    { name: values.name, startsOn: values.period[0].format('YYYY-MM-DD'), endsOn: values.period[1].format('YYYY-MM-DD') },
    { onSuccess: (plan) => { void message.success(t('taskList.planCreated')); form.resetFields(); onCreated(plan.id); } },
  );
  return (
    <Card size="small" title={t('taskList.newPlan')} style={{ marginBottom: 12 }}>
      <ProblemAlert error={create.error} />
      <Form<PlanValues> form={form} layout="inline" name="task-plan" onFinish={submit}>
        <Form.Item label={t('taskList.planName')} name="name" rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input style={{ minWidth: 320 }} maxLength={200} placeholder={t('taskList.planNameHint')} />
        </Form.Item>
        <Form.Item label={t('taskList.planPeriod')} name="period" rules={[{ required: true, message: t('form.required') }]}><DatePicker.RangePicker /></Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>{t('taskList.createPlan')}</Button>
      </Form>
    </Card>
  );
}

interface TaskValues {
  action: string; title: string; lead: string; coResponsible?: string[]; period: [Dayjs, Dayjs];
  targetDescription?: string; targetValue?: number | null; targetUnit?: string; targetMetric?: AddPlanTaskBody['target']['metric']; milestones?: { year: number; target: string }[];
}

function TaskForm({ planId }: { readonly planId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const offices = useOfficeOptions();
  const [form] = Form.useForm<TaskValues>();
  const add = useTaskListWrite(taskListsApi.addTask);
  const submit = (values: TaskValues) => add.mutate({
    planId,
    body: {
      action: values.action, title: values.title, lead: officeOf(values.lead), coResponsible: (values.coResponsible ?? []).map(officeOf),
      startsOn: values.period[0].format('YYYY-MM-DD'), deadline: values.period[1].format('YYYY-MM-DD'),
      milestones: (values.milestones ?? []).filter((milestone) => milestone.target?.trim()),
      target: { description: values.targetDescription ?? '', value: values.targetValue ?? null, unit: values.targetUnit ?? '', metric: values.targetMetric ?? null },
    },
  }, { onSuccess: () => { void message.success(t('taskList.taskAdded')); form.resetFields(); } });
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  return (
    <Card size="small" title={t('taskList.addTask')} style={{ marginBottom: 12 }}>
      <ProblemAlert error={add.error} />
      <Form<TaskValues> form={form} layout="vertical" name="plan-task" onFinish={submit}>
        <Space wrap align="start">
          <Form.Item label={t('taskList.action')} name="action" rules={required}><Input style={{ minWidth: 240 }} maxLength={200} /></Form.Item>
          <Form.Item label={t('taskList.task')} name="title" rules={required}><Input style={{ minWidth: 360 }} maxLength={500} /></Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item label={t('taskList.lead')} name="lead" rules={[{ required: true, message: t('form.required') }]}><Select showSearch optionFilterProp="label" style={{ minWidth: 200 }} options={offices} /></Form.Item>
          <Form.Item label={t('taskList.coResponsible')} name="coResponsible"><Select mode="multiple" allowClear optionFilterProp="label" style={{ minWidth: 260 }} options={offices} /></Form.Item>
          <Form.Item label={t('taskList.period')} name="period" rules={[{ required: true, message: t('form.required') }]}><DatePicker.RangePicker /></Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item label={t('taskList.target')} name="targetDescription"><Input style={{ minWidth: 280 }} maxLength={500} placeholder={t('taskList.targetHint')} /></Form.Item>
          <Form.Item label={t('taskList.targetValue')} name="targetValue"><InputNumber /></Form.Item>
          <Form.Item label={t('taskList.targetUnit')} name="targetUnit"><Input style={{ width: 90 }} maxLength={20} /></Form.Item>
          <Form.Item label={t('taskList.metric')} name="targetMetric" tooltip={t('taskList.metricHint')}>
            <Select allowClear style={{ minWidth: 200 }} options={TARGET_METRICS.map((metric) => ({ value: metric, label: t(`taskList.metric.${metric}` as UiMessageKey) }))} />
          </Form.Item>
        </Space>
        <Form.List name="milestones">
          {(fields, { add: addRow, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline">
                  <Form.Item name={[field.name, 'year']} label={t('taskList.milestoneYear')} rules={[{ required: true, message: t('form.required') }]}><InputNumber min={2000} max={2100} /></Form.Item>
                  <Form.Item name={[field.name, 'target']} label={t('taskList.milestoneTarget')} rules={required}><Input style={{ minWidth: 280 }} maxLength={500} /></Form.Item>
                  <Button onClick={() => remove(field.name)}>{t('taskList.removeMilestone')}</Button>
                </Space>
              ))}
              <Form.Item><Button type="dashed" onClick={() => addRow()}>{t('taskList.addMilestone')}</Button></Form.Item>
            </>
          )}
        </Form.List>
        <div className="form-actions"><Button type="primary" htmlType="submit" loading={add.isPending}>{t('taskList.addTask')}</Button></div>
      </Form>
    </Card>
  );
}

interface ReportValues { period: Dayjs; text: string; figure?: number | null; evidencePhotoIds?: string[]; completes?: boolean }

/** 报送进展: one report per task and month; the month defaults to the last one (due by the 5th). */
function ReportModal({ row, onClose }: { readonly row: TaskRowResponse | null; readonly onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const report = useTaskListWrite(taskListsApi.report);
  useEffect(() => {
    if (row) form.setFieldsValue({ period: dayjs(`${row.missing[0] ?? todayInShanghai().slice(0, 7)}-01`) });
  }, [row, form]);
  const save = async () => {
    if (!row) return;
    const values = await form.validateFields();
    report.mutate({
      taskId: row.id,
      body: { period: values.period.format('YYYY-MM'), text: values.text, figure: values.figure ?? null, evidencePhotoIds: values.evidencePhotoIds ?? [], completes: values.completes ?? false },
    }, { onSuccess: () => { void message.success(t('taskList.reported')); form.resetFields(); onClose(); } });
  };
  return (
    <Modal open={row !== null} onCancel={onClose} onOk={() => void save()} confirmLoading={report.isPending} destroyOnHidden title={row ? `${t('taskList.report')}：${row.title}` : ''}>
      <ProblemAlert error={report.error} />
      <Form<ReportValues> form={form} layout="vertical" name="task-report" preserve={false}>
        <Form.Item label={t('taskList.reportMonth')} name="period" rules={[{ required: true, message: t('form.required') }]}><DatePicker picker="month" allowClear={false} /></Form.Item>
        <Form.Item label={t('taskList.reportText')} name="text" rules={[{ required: true, whitespace: true, message: t('form.required') }]}><Input.TextArea rows={3} maxLength={4000} /></Form.Item>
        <Form.Item label={row?.target.description ? `${t('taskList.reportFigure')}（${row.target.description}${row.target.unit ? `，${row.target.unit}` : ''}）` : t('taskList.reportFigure')} name="figure"><InputNumber /></Form.Item>
        <Form.Item label={t('taskList.evidence')} name="evidencePhotoIds"><PhotoUploadField /></Form.Item>
        <Form.Item name="completes" valuePropName="checked"><Checkbox>{t('taskList.completes')}</Checkbox></Form.Item>
      </Form>
    </Modal>
  );
}

/** The table's columns; `onReport` opens the report dialog of a row. */
function useTaskColumns(onReport: (row: TaskRowResponse) => void): TableColumnsType<TaskRowResponse> {
  const t = useT();
  return [
    { key: 'lead', title: t('taskList.lead'), render: (_, row) => row.lead.name },
    { key: 'action', title: t('taskList.action'), dataIndex: 'action' },
    { key: 'title', title: t('taskList.task'), dataIndex: 'title' },
    { key: 'co', title: t('taskList.coResponsible'), render: (_, row) => row.coResponsible.map((office) => office.name).join('、') || '—' },
    { key: 'deadline', title: t('taskList.deadline'), render: (_, row) => (
      <>
        {row.deadline}
        {row.milestones.map((milestone) => <div key={milestone.year}><Typography.Text type="secondary">{milestone.year}：{milestone.target}</Typography.Text></div>)}
      </>
    ) },
    { key: 'target', title: t('taskList.target'), render: (_, row) => (
      <>
        {row.target.description ? `${row.target.description} ${row.target.value ?? ''}${row.target.unit}` : '—'}
        {row.target.metric ? (
          <div data-testid={`task-live-${row.id}`}>
            <Typography.Text type="secondary">{t('taskList.liveFigure', { metric: t(`taskList.metric.${row.target.metric}` as UiMessageKey), value: row.liveFigure === null ? '—' : String(row.liveFigure) })}</Typography.Text>
          </div>
        ) : null}
      </>
    ) },
    { key: 'status', title: t('taskList.status'), render: (_, row) => <Tag color={STATUS_TAG[row.status]} data-testid={`task-status-${row.id}`}>{t(`taskList.status.${row.status}` as UiMessageKey)}</Tag> },
    { key: 'missing', title: t('taskList.missing'), render: (_, row) => (row.missing.length > 0 ? <Typography.Text type="danger">{row.missing.join('、')}</Typography.Text> : '—') },
    { key: 'last', title: t('taskList.lastReport'), render: (_, row) => (row.lastReport ? (
      <>
        <div>{row.lastReport.period}：{row.lastReport.text}{row.lastReport.figure !== null ? `（${row.lastReport.figure}${row.target.unit}）` : ''}</div>
        <Typography.Text type="secondary">{row.lastReport.reportedByName} {formatDateTime(row.lastReport.reportedAt)}</Typography.Text>
      </>
    ) : '—') },
    { key: 'do', title: '', render: (_, row) => (row.status === 'done' ? null : <Button size="small" onClick={() => onReport(row)}>{t('taskList.report')}</Button>) },
  ];
}

function TaskTable({ planId, canManage }: { readonly planId: string; readonly canManage: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const table = useTaskTable(planId);
  const [reporting, setReporting] = useState<TaskRowResponse | null>(null);
  const columns = useTaskColumns(setReporting);
  const [exporting, setExporting] = useState(false);
  const download = async () => {
    setExporting(true);
    try {
      saveFile(await taskListsApi.export(planId));
    } catch {
      void message.error(t('export.failed'));
    } finally {
      setExporting(false);
    }
  };
  const rows = table.data?.rows ?? [];
  const counts = Object.fromEntries(TASK_STATUSES.map((status) => [status, rows.filter((row) => row.status === status).length])) as Record<Status, number>;
  return (
    <>
      {canManage ? <TaskForm planId={planId} /> : null}
      <ProblemAlert error={table.error} />
      <Card
        title={<Space wrap>{table.data?.plan.name}{TASK_STATUSES.map((status) => <Tag key={status} color={STATUS_TAG[status]}>{t(`taskList.status.${status}` as UiMessageKey)} {counts[status]}</Tag>)}</Space>}
        extra={<Button icon={<DownloadOutlined aria-hidden />} loading={exporting} onClick={() => void download()} data-testid="task-list-export">{t('taskList.export')}</Button>}
      >
        <div data-testid="task-table">
          <Table<TaskRowResponse> rowKey="id" size="small" loading={table.isPending} dataSource={rows} pagination={false} scroll={{ x: true }} columns={columns} />
        </div>
      </Card>
      <ReportModal row={reporting} onClose={() => setReporting(null)} />
    </>
  );
}

/** 清单管理 (对标对表): the district enters plans and tasks; the responsible offices report monthly; everyone sees the status of their tasks. */
export function TaskListPage() {
  const t = useT();
  const user = useCurrentUser();
  const canManage = user.role === 'district' && user.scope.regionCode === user.districtCode;
  const plans = useTaskPlans();
  const [planId, setPlanId] = useState<string | null>(null);
  const selected = planId ?? plans.data?.[0]?.id ?? null;
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('taskList.title')}</Typography.Title></div>
      {canManage ? <PlanForm onCreated={setPlanId} /> : null}
      <ProblemAlert error={plans.error} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label={t('taskList.plan')} placeholder={t('taskList.plan')} value={selected} onChange={setPlanId} style={{ minWidth: 360 }} loading={plans.isPending}
          options={(plans.data ?? []).map((plan) => ({ value: plan.id, label: `${plan.name}（${plan.startsOn} – ${plan.endsOn}）` }))} />
      </Space>
      {selected ? <TaskTable planId={selected} canManage={canManage} /> : <Card>{t('taskList.noPlan')}</Card>}
    </>
  );
}
