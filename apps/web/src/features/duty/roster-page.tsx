import { SHIFT_KINDS, type DutyShiftResponse, type RosterMonthResponse } from '@safegrid/contracts';
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { dayjs, todayInShanghai } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { useCurrentUser } from '../auth/use-session';
import { useTowns } from '../regions/use-regions';
import { dutyApi } from './duty-api';
import { HandoverCard } from './handover-card';
import { OnDutyCard } from './on-duty-card';
import { useDutyWrite, useRoster } from './use-duty';

type Kind = DutyShiftResponse['kind'];
type Editing = { date: string; kind: Kind; shift?: DutyShiftResponse; swap?: boolean };

function daysOf(month: string): string[] {
  const first = dayjs(`${month}-01`);
  return Array.from({ length: first.daysInMonth() }, (_, index) => first.add(index, 'day').format('YYYY-MM-DD'));
}

function ShiftModal({ regionCode, editing, onClose }: { readonly regionCode: string; readonly editing: Editing | null; readonly onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const set = useDutyWrite(dutyApi.setShift);
  const swap = useDutyWrite(dutyApi.swap);
  const save = async () => {
    if (!editing) return;
    const values = await form.validateFields();
    const done = { onSuccess: () => { void message.success(t('duty.saved')); onClose(); } };
    if (editing.swap && editing.shift) swap.mutate({ id: editing.shift.id, role: values.role, person: { name: values.name, phone: values.phone ?? '' }, reason: values.reason ?? '' }, done);
    else set.mutate({ regionCode, date: editing.date, kind: values.kind, leader: { name: values.leaderName ?? '', phone: values.leaderPhone ?? '' }, officer: { name: values.officerName ?? '', phone: values.officerPhone ?? '' }, note: values.note ?? '' }, done);
  };
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  return (
    <Modal open={editing !== null} onCancel={onClose} onOk={() => void save()} confirmLoading={set.isPending || swap.isPending} destroyOnHidden
      title={editing ? `${editing.date} ${t(editing.swap ? 'duty.swap' : 'duty.plan')}` : ''}>
      <ProblemAlert error={set.error ?? swap.error} />
      <Form form={form} layout="vertical" name="duty-shift" preserve={false}
        initialValues={editing?.swap ? { role: 'officer' } : { kind: editing?.kind, leaderName: editing?.shift?.leader.name, leaderPhone: editing?.shift?.leader.phone, officerName: editing?.shift?.officer.name, officerPhone: editing?.shift?.officer.phone }}>
        {editing?.swap ? (
          <>
            <Form.Item label={t('duty.role')} name="role"><Select options={(['leader', 'officer'] as const).map((role) => ({ value: role, label: t(`duty.${role}`) }))} /></Form.Item>
            <Form.Item label={t('duty.name')} name="name" rules={required}><Input maxLength={50} /></Form.Item>
            <Form.Item label={t('duty.phone')} name="phone"><Input maxLength={30} /></Form.Item>
            <Form.Item label={t('duty.reason')} name="reason" rules={required}><Input maxLength={500} /></Form.Item>
          </>
        ) : (
          <>
            <Form.Item label={t('duty.kind')} name="kind"><Select options={SHIFT_KINDS.map((kind) => ({ value: kind, label: t(`duty.kind.${kind}` as UiMessageKey) }))} /></Form.Item>
            <Space wrap>
              <Form.Item label={t('duty.leader')} name="leaderName" rules={required}><Input maxLength={50} /></Form.Item>
              <Form.Item label={t('duty.leaderPhone')} name="leaderPhone"><Input maxLength={30} /></Form.Item>
              <Form.Item label={t('duty.officer')} name="officerName" rules={required}><Input maxLength={50} /></Form.Item>
              <Form.Item label={t('duty.officerPhone')} name="officerPhone"><Input maxLength={30} /></Form.Item>
            </Space>
            <Form.Item label={t('duty.note')} name="note"><Input maxLength={500} /></Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

function MonthTable({ roster, onEdit }: { readonly roster: RosterMonthResponse; readonly onEdit: (editing: Editing) => void }) {
  const t = useT();
  const rest = new Set(roster.restDays);
  const named = new Map(roster.days.filter((day) => day.name).map((day) => [day.date, day.name ?? '']));
  const cell = (date: string, kind: Kind) => {
    const shift = roster.shifts.find((item) => item.date === date && item.kind === kind);
    if (!shift) return roster.canPlan ? <Button size="small" type="dashed" onClick={() => onEdit({ date, kind })}>{t('duty.plan')}</Button> : '—';
    return (
      <Space direction="vertical" size={0} data-testid={`shift-${date}-${kind}`}>
        <span>{t('duty.leader')}: {shift.leader.name} {shift.leader.phone}</span>
        <span>{t('duty.officer')}: {shift.officer.name} {shift.officer.phone}</span>
        {shift.swaps.length > 0 ? <Tag color="purple">{t('duty.swapped', { reason: shift.swaps.at(-1)?.reason ?? '' })}</Tag> : null}
        {roster.canPlan ? <Space><a onClick={() => onEdit({ date, kind, shift })}>{t('duty.edit')}</a><a onClick={() => onEdit({ date, kind, shift, swap: true })}>{t('duty.swap')}</a></Space> : null}
      </Space>
    );
  };
  return (
    <Table<string>
      rowKey={(date) => date} size="small" pagination={false} dataSource={daysOf(roster.month)}
      rowClassName={(date) => (rest.has(date) ? 'duty-rest-day' : '')}
      onRow={(date) => ({ style: rest.has(date) ? { background: '#fff1f0' } : {}, 'data-rest': rest.has(date) ? 'true' : 'false' } as React.HTMLAttributes<HTMLElement>)}
      columns={[
        { key: 'date', title: t('duty.date'), width: 130, render: (_, date) => <span>{date} {t(`duty.weekday.${dayjs(date).day()}` as UiMessageKey)} {rest.has(date) ? <Tag color="red">{named.get(date) ?? t('duty.restDay')}</Tag> : named.has(date) ? <Tag color="blue" data-testid={`working-weekend-${date}`}>{named.get(date)}</Tag> : null}</span> },
        ...SHIFT_KINDS.map((kind) => ({ key: kind, title: t(`duty.kind.${kind}` as UiMessageKey), render: (_: unknown, date: string) => cell(date, kind) })),
      ]}
    />
  );
}

/** 值班表: an office's month roster with rest days highlighted, gaps of the next 7 days, copy a week, swaps and handovers. */
export function RosterPage() {
  const t = useT();
  const user = useCurrentUser();
  const { towns } = useTowns();
  const ownTown = user.scope.regionCode.length >= 9 ? user.scope.regionCode.slice(0, 9) : null;
  const [regionCode, setRegionCode] = useState(ownTown ?? user.districtCode);
  const [month, setMonth] = useState(todayInShanghai().slice(0, 7));
  const [editing, setEditing] = useState<Editing | null>(null);
  const [copyFrom, setCopyFrom] = useState<string | null>(null);
  const [copyTo, setCopyTo] = useState<string | null>(null);
  const roster = useRoster(regionCode, month);
  const copy = useDutyWrite(dutyApi.copyWeek);
  const regions = [{ value: user.districtCode, label: t('duty.districtOffice') }, ...towns.filter((town) => !ownTown || town.code === ownTown).map((town) => ({ value: town.code, label: town.name }))];
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('duty.title')}</Typography.Title></div>
      <OnDutyCard />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label={t('duty.region')} value={regionCode} onChange={setRegionCode} options={regions} style={{ minWidth: 180 }} />
        <DatePicker picker="month" aria-label={t('duty.month')} value={dayjs(`${month}-01`)} allowClear={false} onChange={(value) => value && setMonth(value.format('YYYY-MM'))} />
        {roster.data?.canPlan ? (
          <>
            <DatePicker aria-label={t('duty.copyFrom')} placeholder={t('duty.copyFrom')} onChange={(value) => setCopyFrom(value ? value.format('YYYY-MM-DD') : null)} />
            <DatePicker aria-label={t('duty.copyTo')} placeholder={t('duty.copyTo')} onChange={(value) => setCopyTo(value ? value.format('YYYY-MM-DD') : null)} />
            <Button disabled={!copyFrom || !copyTo} loading={copy.isPending} onClick={() => copyFrom && copyTo && copy.mutate({ regionCode, fromDate: copyFrom, toDate: copyTo })}>{t('duty.copyWeek')}</Button>
          </>
        ) : null}
      </Space>
      <ProblemAlert error={roster.error ?? copy.error} />
      {roster.data && roster.data.gaps.length > 0 ? (
        <Card size="small" title={t('duty.gaps', { count: roster.data.gaps.length })} style={{ marginBottom: 12 }} data-testid="roster-gaps">
          {roster.data.gaps.map((gap) => <Tag key={`${gap.date}-${gap.kind}-${gap.shiftKind ?? ''}`} color="warning">{gap.date} {t(`duty.gap.${gap.kind}` as UiMessageKey)}{gap.shiftKind ? ` (${t(`duty.kind.${gap.shiftKind}` as UiMessageKey)})` : ''}</Tag>)}
        </Card>
      ) : null}
      {roster.data ? <Card style={{ marginBottom: 12 }}><MonthTable roster={roster.data} onEdit={setEditing} /></Card> : null}
      {roster.data ? <HandoverCard roster={roster.data} /> : null}
      <ShiftModal regionCode={regionCode} editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
