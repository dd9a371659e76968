import { DEPARTMENTS, RISK_TAGS, SECTORS, WARNING_COLOURS, WARNING_KINDS, type IssueWarningBody, type WarningResponse } from '@safegrid/contracts';
import { App, Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { optionsOf } from '../../shared/i18n/labels';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { useTowns } from '../regions/use-regions';
import { COLOUR_TAG } from './warning-banner';
import { warningsApi } from './warnings-api';
import { useWarning, useWarningList, useWarningWrite } from './use-warnings';

interface IssueValues { kind: IssueWarningBody['kind']; colour: IssueWarningBody['colour']; townCodes?: string[]; period: [Dayjs, Dayjs]; actions: string; towns?: boolean; gridWorkers?: boolean; departments?: string[]; enterpriseTags?: string[]; enterpriseSectors?: string[] }

function IssueForm() {
  const t = useT();
  const { message } = App.useApp();
  const { towns } = useTowns();
  const [form] = Form.useForm<IssueValues>();
  const issue = useWarningWrite(warningsApi.issue);
  const submit = (values: IssueValues) => issue.mutate({
    kind: values.kind, colour: values.colour, townCodes: values.townCodes ?? [], startsAt: values.period[0].toISOString(), endsAt: values.period[1].toISOString(), actions: values.actions,
    addressees: { towns: values.towns ?? false, gridWorkers: values.gridWorkers ?? false, departments: (values.departments ?? []) as IssueWarningBody['addressees']['departments'], enterpriseTags: (values.enterpriseTags ?? []) as IssueWarningBody['addressees']['enterpriseTags'], enterpriseSectors: (values.enterpriseSectors ?? []) as IssueWarningBody['addressees']['enterpriseSectors'] },
  }, { onSuccess: () => { void message.success(t('warning.issued')); form.resetFields(); } });
  const required = [{ required: true, message: t('form.required') }];
  return (
    <Card title={t('warning.issue')} style={{ marginBottom: 12 }}>
      <ProblemAlert error={issue.error} />
      <Form<IssueValues> form={form} layout="vertical" name="warning" onFinish={submit} initialValues={{ towns: true, gridWorkers: true }}>
        <Space wrap align="start">
          <Form.Item label={t('warning.kind')} name="kind" rules={required}><Select style={{ minWidth: 140 }} options={WARNING_KINDS.map((kind) => ({ value: kind, label: t(`warning.kind.${kind}` as UiMessageKey) }))} /></Form.Item>
          <Form.Item label={t('warning.colour')} name="colour" rules={required}><Select style={{ minWidth: 120 }} options={WARNING_COLOURS.map((colour) => ({ value: colour, label: t(`warning.colour.${colour}` as UiMessageKey) }))} /></Form.Item>
          <Form.Item label={t('warning.area')} name="townCodes"><Select mode="multiple" allowClear style={{ minWidth: 220 }} placeholder={t('warning.wholeDistrict')} options={towns.map((town) => ({ value: town.code, label: town.name }))} /></Form.Item>
          <Form.Item label={t('warning.period')} name="period" rules={required}><DatePicker.RangePicker showTime /></Form.Item>
        </Space>
        <Form.Item label={t('warning.actions')} name="actions" rules={[{ required: true, whitespace: true, message: t('form.required') }]}><Input.TextArea rows={2} maxLength={4000} /></Form.Item>
        <Space wrap align="start">
          <Form.Item name="towns" valuePropName="checked"><Checkbox>{t('warning.toTowns')}</Checkbox></Form.Item>
          <Form.Item name="gridWorkers" valuePropName="checked"><Checkbox>{t('warning.toGridWorkers')}</Checkbox></Form.Item>
          <Form.Item label={t('warning.toDepartments')} name="departments"><Select mode="multiple" allowClear style={{ minWidth: 200 }} options={optionsOf(t, 'department', DEPARTMENTS)} /></Form.Item>
          <Form.Item label={t('warning.toTags')} name="enterpriseTags"><Select mode="multiple" allowClear style={{ minWidth: 200 }} options={optionsOf(t, 'riskTag', RISK_TAGS)} /></Form.Item>
          <Form.Item label={t('warning.toSectors')} name="enterpriseSectors"><Select mode="multiple" allowClear style={{ minWidth: 200 }} options={optionsOf(t, 'sector', SECTORS)} /></Form.Item>
        </Space>
        <div className="form-actions"><Button type="primary" htmlType="submit" loading={issue.isPending}>{t('warning.issue')}</Button></div>
      </Form>
    </Card>
  );
}

function WarningDetail({ id }: { readonly id: string }) {
  const t = useT();
  const detail = useWarning(id);
  const change = useWarningWrite(warningsApi.change);
  if (!detail.data) return <ProblemAlert error={detail.error} />;
  const { warning, byTown } = detail.data;
  const higher = WARNING_COLOURS.filter((colour) => WARNING_COLOURS.indexOf(colour) > WARNING_COLOURS.indexOf(warning.colour));
  return (
    <div data-testid="warning-detail">
      <ProblemAlert error={change.error} />
      <Table size="small" pagination={false} rowKey="townCode" dataSource={byTown}
        columns={[{ key: 'town', title: t('warning.area'), dataIndex: 'townName' }, { key: 'ack', title: t('warning.acknowledgedCount'), render: (_, row) => `${row.acknowledged}/${row.total}` }]} />
      {warning.inForce ? (
        <Space wrap style={{ marginTop: 8 }}>
          <Button size="small" disabled={warning.remindedAt !== null} onClick={() => change.mutate({ id, body: { action: 'remind' } })}>{t('warning.remind')}</Button>
          {higher.map((colour) => <Button key={colour} size="small" onClick={() => change.mutate({ id, body: { action: 'upgrade', colour, note: '' } })}>{t('warning.upgradeTo', { colour: t(`warning.colour.${colour}` as UiMessageKey) })}</Button>)}
          <Button size="small" danger onClick={() => change.mutate({ id, body: { action: 'lift', note: '' } })}>{t('warning.lift')}</Button>
        </Space>
      ) : null}
      <ul>{warning.events.map((event) => <li key={`${event.kind}-${event.at}`}>{formatDateTime(event.at)} {event.byName} {t(`warning.event.${event.kind}` as UiMessageKey)} {t(`warning.colour.${event.colour}` as UiMessageKey)} {event.note}</li>)}</ul>
    </div>
  );
}

/** 预警: issue a warning to the area's addressees and follow who has acknowledged, by town. */
export function WarningPage() {
  const t = useT();
  const list = useWarningList();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('warning.title')}</Typography.Title></div>
      <IssueForm />
      <ProblemAlert error={list.error} />
      <Card>
        <Table<WarningResponse> rowKey="id" size="small" loading={list.isPending} dataSource={list.data ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }}
          expandable={{ expandedRowKeys: open ? [open] : [], onExpand: (expanded, row) => setOpen(expanded ? row.id : null), expandedRowRender: (row) => <WarningDetail id={row.id} /> }}
          columns={[
            { key: 'kind', title: t('warning.kind'), render: (_, row) => <Space><Tag color={COLOUR_TAG[row.colour]}>{t(`warning.colour.${row.colour}` as UiMessageKey)}</Tag>{t(`warning.kind.${row.kind}` as UiMessageKey)}</Space> },
            { key: 'period', title: t('warning.period'), render: (_, row) => `${formatDateTime(row.startsAt)} – ${formatDateTime(row.endsAt)}` },
            { key: 'state', title: t('warning.state'), render: (_, row) => (row.inForce ? <Tag color="processing">{t('warning.inForce')}</Tag> : <Tag>{t('warning.ended')}</Tag>) },
            { key: 'ack', title: t('warning.acknowledgedCount'), render: (_, row) => <span data-testid={`warning-ack-${row.id}`}>{row.acknowledged}/{row.total}</span> },
          ]} />
      </Card>
    </>
  );
}
