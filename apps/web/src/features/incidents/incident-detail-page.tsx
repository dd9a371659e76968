import { INCIDENT_GRADES, type IncidentDetailResponse, type IncidentResponse } from '@safegrid/contracts';
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { can, useCurrentUser } from '../auth/use-session';
import { GRADE_COLOUR, IncidentCountdown } from './incident-countdown';
import { incidentsApi } from './incidents-api';
import { useIncident, useIncidentAction } from './use-incidents';

type Step = IncidentResponse['steps'][number];
const STEP_COLOUR: Readonly<Record<Step['state'], string>> = { not_required: 'default', waiting: 'default', pending: 'processing', overdue: 'error', done: 'success', done_late: 'warning' };

function StepsCard({ incident, canReport }: { readonly incident: IncidentResponse; readonly canReport: boolean }) {
  const t = useT();
  const report = useIncidentAction(incident.id, incidentsApi.reportStep);
  return (
    <Card title={t('incident.steps')} style={{ marginBottom: 12 }}>
      <ProblemAlert error={report.error} />
      <Table<Step>
        rowKey="step" size="small" pagination={false} dataSource={[...incident.steps]}
        columns={[
          { key: 'step', title: t('incident.steps'), render: (_, step) => t(`incident.step.${step.step}` as UiMessageKey) },
          { key: 'state', title: '', render: (_, step) => <Tag color={STEP_COLOUR[step.state]} data-testid={`step-${step.step}`}>{t(`incident.stepState.${step.state}` as UiMessageKey)}</Tag> },
          { key: 'dueAt', title: t('incident.dueAt'), render: (_, step) => formatDateTime(step.dueAt) },
          { key: 'doneAt', title: t('incident.stepDoneAt'), render: (_, step) => formatDateTime(step.doneAt) },
          {
            key: 'action', title: '',
            render: (_, step) => (canReport && incident.status === 'open' && (step.state === 'pending' || step.state === 'overdue')
              ? <Button size="small" loading={report.isPending} onClick={() => report.mutate({ step: step.step })}>{t('incident.stepReport')}</Button> : null),
          },
        ]}
      />
      {incident.lateReports.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>{t('incident.lateReports')}</Typography.Title>
          <ul data-testid="incident-late-reports">
            {incident.lateReports.map((late) => (
              <li key={late.step}>
                <Tag color="error">{t('incident.stepState.done_late')}</Tag>
                {t(`incident.step.${late.step}` as UiMessageKey)} · {t('incident.dueAt')} {formatDateTime(late.dueAt)}
                {late.doneAt ? ` · ${t('incident.stepDoneAt')} ${formatDateTime(late.doneAt)}` : ''}
                {' · '}{t('incident.lateNotify', { targets: late.notify.map((target) => `${t(`incident.level.${target.level}` as UiMessageKey)}${t(`incident.role.${target.role}` as UiMessageKey)}`).join('、') })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}

function ActionsBar({ incident }: { readonly incident: IncidentResponse }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState<'follow' | 'grade' | 'close' | null>(null);
  const followUp = useIncidentAction(incident.id, incidentsApi.followUp);
  const setGrade = useIncidentAction(incident.id, incidentsApi.setGrade);
  const close = useIncidentAction(incident.id, incidentsApi.close);
  const [form] = Form.useForm();
  const done = (text: UiMessageKey) => () => {
    void message.success(t(text));
    setOpen(null);
    form.resetFields();
  };
  const submit = async () => {
    const values = await form.validateFields();
    if (open === 'follow') {
      const changes = Object.fromEntries(['deaths', 'missing', 'seriousInjuries', 'minorInjuries'].filter((name) => values[name] !== undefined && values[name] !== null && values[name] !== incident.facts[name as 'deaths']).map((name) => [name, values[name] as number]));
      if (values.measures?.trim()) Object.assign(changes, { measures: values.measures.trim() });
      followUp.mutate({ changes, note: values.note ?? '' }, { onSuccess: done('incident.followedUp') });
    } else if (open === 'grade') {
      setGrade.mutate({ grade: values.grade, reason: values.reason ?? '' }, { onSuccess: done('incident.gradeSet') });
    } else if (open === 'close') {
      close.mutate({ note: values.note }, { onSuccess: done('incident.closed') });
    }
  };
  if (incident.status === 'closed') return null;
  const num = (name: string, label: UiMessageKey) => <Form.Item label={t(label)} name={name}><InputNumber min={0} max={100000} precision={0} /></Form.Item>;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => { form.setFieldsValue({ ...incident.facts, note: '' }); setOpen('follow'); }}>{t('incident.followUp')}</Button>
        <Button onClick={() => { form.setFieldsValue({ grade: incident.grade }); setOpen('grade'); }}>{t('incident.gradeSet')}</Button>
        <Button onClick={() => setOpen('close')}>{t('incident.close')}</Button>
      </Space>
      <Modal open={open !== null} onCancel={() => setOpen(null)} onOk={() => void submit()} confirmLoading={followUp.isPending || setGrade.isPending || close.isPending}
        title={open ? t(open === 'follow' ? 'incident.followUp' : open === 'grade' ? 'incident.gradeSet' : 'incident.close') : ''} destroyOnHidden>
        <ProblemAlert error={followUp.error ?? setGrade.error ?? close.error} />
        <Form form={form} layout="vertical" name="incident-action">
          {open === 'follow' ? (
            <>
              <Space wrap>{num('deaths', 'incident.deaths')}{num('missing', 'incident.missing')}{num('seriousInjuries', 'incident.seriousInjuries')}{num('minorInjuries', 'incident.minorInjuries')}</Space>
              <Form.Item label={t('incident.measures')} name="measures"><Input.TextArea rows={2} maxLength={4000} /></Form.Item>
              <Form.Item label={t('incident.followUpNote')} name="note"><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
            </>
          ) : null}
          {open === 'grade' ? (
            <>
              <Form.Item label={t('incident.grade')} name="grade" rules={[{ required: true, message: t('form.required') }]}>
                <Select options={INCIDENT_GRADES.map((grade) => ({ value: grade, label: t(`incident.grade.${grade}` as UiMessageKey) }))} />
              </Form.Item>
              <Form.Item label={t('incident.gradeReason')} name="reason"><Input maxLength={500} /></Form.Item>
            </>
          ) : null}
          {open === 'close' ? <Form.Item label={t('incident.closeNote')} name="note" rules={[{ required: true, whitespace: true, message: t('form.required') }]}><Input.TextArea rows={2} maxLength={2000} /></Form.Item> : null}
        </Form>
      </Modal>
    </>
  );
}

function Versions({ versions }: { readonly versions: IncidentDetailResponse['versions'] }) {
  const t = useT();
  return (
    <Card title={t('incident.versions')}>
      <Timeline items={[...versions].reverse().map((version) => ({
        key: version.number,
        children: (
          <div>
            <Typography.Text strong>{t('incident.versionNumber', { number: version.number })} {t(`incident.version.${version.kind}` as UiMessageKey)}</Typography.Text>
            {version.step ? ` · ${t(`incident.step.${version.step}` as UiMessageKey)}` : ''}
            {version.changed.length > 0 ? ` · ${t('incident.changed', { fields: version.changed.join(', ') })}` : ''}
            {version.afterCasualtyWindow ? <Tag color="warning" style={{ marginLeft: 8 }}>{t('incident.afterWindow')}</Tag> : null}
            <div><Typography.Text type="secondary">{t('incident.by', { name: version.actorName, at: formatDateTime(version.at) })}</Typography.Text></div>
            {version.note ? <div>{version.note}</div> : null}
          </div>
        ),
      }))} />
    </Card>
  );
}

/** One incident: facts, grade (with each criterion's grade), the countdown, upward steps, 迟报 and every version. */
export function IncidentDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const detail = useIncident(id);
  if (!detail.data) return <ProblemAlert error={detail.error} />;
  const { incident, versions } = detail.data;
  const { facts } = incident;
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{facts.unitName}</Typography.Title>
        <Space>
          <Tag color={GRADE_COLOUR[incident.grade]} data-testid="incident-grade">{t(`incident.grade.${incident.grade}` as UiMessageKey)}</Tag>
          <Tag>{t(`incident.status.${incident.status}` as UiMessageKey)}</Tag>
        </Space>
      </div>
      {can(user, 'incident.report') ? <ActionsBar incident={incident} /> : null}
      <Card style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} items={[
          { key: 'next', label: t('incident.next'), children: incident.status === 'open' ? <IncidentCountdown incident={incident} /> : '—' },
          { key: 'window', label: t('incident.casualtyWindow', { at: '' }).trim(), children: formatDateTime(incident.casualtyWindowEndsAt) },
          { key: 'occurredAt', label: t('incident.occurredAt'), children: formatDateTime(facts.occurredAt) },
          { key: 'town', label: t('incident.town'), children: incident.townName },
          { key: 'place', label: t('incident.place'), children: facts.place },
          { key: 'type', label: t('incident.type'), children: t(`incident.type.${facts.type}` as UiMessageKey) },
          { key: 'course', label: t('incident.course'), children: facts.course },
          { key: 'casualties', label: `${t('incident.deaths')} / ${t('incident.missing')} / ${t('incident.seriousInjuries')} / ${t('incident.minorInjuries')}`, children: `${facts.deaths} / ${facts.missing} / ${facts.seriousInjuries} / ${facts.minorInjuries}` },
          { key: 'loss', label: t('incident.directLossWan'), children: (facts.directLossYuan / 10_000).toLocaleString() },
          { key: 'grade', label: t('incident.grade'), children: `${t('incident.gradeComputed', { grade: t(`incident.grade.${incident.computedGrade}` as UiMessageKey) })}${incident.gradeReason ? ` · ${t('incident.gradeReason')}: ${incident.gradeReason}` : ''}` },
          { key: 'measures', label: t('incident.measures'), children: facts.measures || '—' },
          { key: 'reporter', label: t('incident.reporterName'), children: `${facts.reporterName} ${facts.reporterPhone}` },
        ]} />
      </Card>
      <StepsCard incident={incident} canReport={can(user, 'incident.report')} />
      <Versions versions={versions} />
    </>
  );
}
