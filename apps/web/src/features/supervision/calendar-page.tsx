import type { CalendarDayResponse } from '@safegrid/contracts';
import { Calendar, Card, Form, Input, Modal, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { dayjs, todayInShanghai } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { useCurrentUser } from '../auth/use-session';
import { useCalendarDays, useSetCalendarDays } from './use-supervision';

type DayState = 'work' | 'off' | 'default';

/** 工作日历: a month view with days off highlighted; the district office sets a day by clicking it. */
export function CalendarPage() {
  const t = useT();
  const user = useCurrentUser();
  const isOffice = user.role === 'district' && user.scope.regionCode === user.districtCode;
  // `?month=2027-02` opens that month (links from notices, and the e2e spec).
  const [search] = useSearchParams();
  const [month, setMonth] = useState(() => {
    const asked = search.get('month');
    return dayjs(asked && /^\d{4}-\d{2}$/.test(asked) ? `${asked}-01` : todayInShanghai()).startOf('month');
  });
  const from = month.startOf('month').format('YYYY-MM-DD');
  const to = month.endOf('month').format('YYYY-MM-DD');
  const days = useCalendarDays(from, to);
  const byDate = new Map((days.data?.items ?? []).map((day) => [day.date, day]));
  const [editing, setEditing] = useState<CalendarDayResponse | null>(null);
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('calendar.title')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('calendar.intro')}</Typography.Paragraph>
      <Card extra={<Space><Tag color="red">{t('calendar.legendOff')}</Tag><Tag color="blue">{t('calendar.legendWorkingWeekend')}</Tag></Space>}>
        <ProblemAlert error={days.error} />
        <Calendar
          value={month}
          mode="month"
          onPanelChange={(value) => setMonth(value.startOf('month'))}
          onSelect={(value, info) => {
            if (info.source !== 'date') return;
            if (!value.isSame(month, 'month')) setMonth(value.startOf('month'));
            const day = byDate.get(value.format('YYYY-MM-DD'));
            if (isOffice && day) setEditing(day);
          }}
          fullCellRender={(value, info) => {
            if (info.type !== 'date') return info.originNode;
            const day = byDate.get(value.format('YYYY-MM-DD'));
            const weekend = value.day() === 0 || value.day() === 6;
            const className = ['calendar-day', day && !day.working ? 'calendar-day-off' : '', day?.working && weekend ? 'calendar-day-swapped' : ''].filter(Boolean).join(' ');
            return (
              <div className={className} data-date={value.format('YYYY-MM-DD')} data-working={day ? String(day.working) : undefined}>
                <div className="calendar-day-number">{value.date()}</div>
                {day?.name && <div className="calendar-day-name">{day.name}</div>}
                {day && !day.working && <Tag color="red" className="calendar-day-tag">{t('calendar.off')}</Tag>}
                {day?.working && weekend && <Tag color="blue" className="calendar-day-tag">{t('calendar.working')}</Tag>}
              </div>
            );
          }}
        />
      </Card>
      {editing && <DayDialog day={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function DayDialog({ day, onClose }: { readonly day: CalendarDayResponse; readonly onClose: () => void }) {
  const t = useT();
  const save = useSetCalendarDays();
  const [form] = Form.useForm<{ state: DayState; name?: string }>();
  const submit = async () => {
    const values = await form.validateFields();
    const working = values.state === 'default' ? null : values.state === 'work';
    await save.mutateAsync({ days: [{ date: day.date, working, ...(values.name?.trim() ? { name: values.name.trim() } : {}) }] });
    onClose();
  };
  return (
    <Modal open title={t('calendar.setDay', { date: day.date })} confirmLoading={save.isPending} onOk={() => void submit().catch(() => undefined)} onCancel={onClose}>
      <ProblemAlert error={save.error} />
      <Form form={form} layout="vertical" initialValues={{ state: day.working ? 'work' : 'off', name: day.name ?? '' }}>
        <Form.Item name="state" label={t('calendar.state')}>
          <Radio.Group optionType="button" options={[
            { value: 'work', label: t('calendar.working') },
            { value: 'off', label: t('calendar.off') },
            { value: 'default', label: t('calendar.default') },
          ]} />
        </Form.Item>
        <Form.Item name="name" label={t('calendar.name')}>
          <Input maxLength={40} placeholder={t('calendar.namePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
