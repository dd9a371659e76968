import { RETROFIT_STATES, type DustSupervisionResponse, type SetDustSupervisionBody } from '@safegrid/contracts';
import { Button, Card, DatePicker, Descriptions, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { dayjs, formatDate } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { PhotoUploadField } from '../photos/photo-upload-field';
import { useDustSupervision, useSetDustSupervision } from './use-dust-supervision';

/** The unit page's 涉粉常态监管 section for dust units: 安全专员 and 除尘系统改造. */
export function UnitDustCard({ unitId, canEdit }: { readonly unitId: string; readonly canEdit: boolean }) {
  const t = useT();
  const query = useDustSupervision(unitId);
  const [editing, setEditing] = useState(false);
  const record = query.data?.record ?? null;
  return (
    <Card title={t('dust.unitTitle')} className="section-card" extra={canEdit && <Button onClick={() => setEditing(true)}>{t('dust.edit')}</Button>}>
      <ProblemAlert error={query.error} />
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={[
        { key: 'officerName', label: t('dust.officer'), children: record?.officerName ?? '—' },
        { key: 'officerPhone', label: t('dust.officerPhone'), children: record?.officerPhone ?? '—' },
        { key: 'certificateNo', label: t('dust.certificateNo'), children: record?.certificateNo ?? '—' },
        { key: 'trainedOn', label: t('dust.trainedOn'), children: formatDate(record?.trainedOn) },
        { key: 'retrofit', label: t('dust.retrofit'), children: t(`dust.retrofitState.${record?.retrofitState ?? 'not_started'}` as UiMessageKey) },
        { key: 'retrofitDate', label: t('dust.retrofitDate'), children: formatDate(record?.retrofitDate) },
      ]} />
      {editing && <DustDialog unitId={unitId} initial={record} onClose={() => setEditing(false)} />}
    </Card>
  );
}

function DustDialog({ unitId, initial, onClose }: { readonly unitId: string; readonly initial: DustSupervisionResponse | null; readonly onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm();
  const save = useSetDustSupervision(unitId);
  const state = Form.useWatch('retrofitState', form) as string | undefined;
  const day = (value: unknown) => (value && dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : null);
  return (
    <Modal open title={t('dust.unitTitle')} okText={t('form.save')} confirmLoading={save.isPending} onCancel={onClose}
      onOk={() => void form.validateFields().then((values: Record<string, unknown>) => {
        const photos = values.retrofitPhotoIds as string[] | undefined;
        const body: SetDustSupervisionBody = {
          officerName: (values.officerName as string | undefined)?.trim() || null,
          officerPhone: (values.officerPhone as string | undefined)?.trim() || null,
          certificateNo: (values.certificateNo as string | undefined)?.trim() || null,
          trainedOn: day(values.trainedOn),
          retrofitState: values.retrofitState as SetDustSupervisionBody['retrofitState'],
          retrofitDate: day(values.retrofitDate),
          retrofitPhotoId: photos?.[0] ?? initial?.retrofitPhotoId ?? null,
        };
        save.mutate(body, { onSuccess: onClose });
      })}>
      <ProblemAlert error={save.error} />
      <Form form={form} layout="vertical" initialValues={{
        officerName: initial?.officerName ?? '', officerPhone: initial?.officerPhone ?? '', certificateNo: initial?.certificateNo ?? '',
        trainedOn: initial?.trainedOn ? dayjs(initial.trainedOn) : null, retrofitState: initial?.retrofitState ?? 'not_started',
        retrofitDate: initial?.retrofitDate ? dayjs(initial.retrofitDate) : null,
      }}>
        <Form.Item name="officerName" label={t('dust.officer')}><Input maxLength={40} /></Form.Item>
        <Form.Item name="officerPhone" label={t('dust.officerPhone')}><Input maxLength={20} inputMode="tel" /></Form.Item>
        <Form.Item name="certificateNo" label={t('dust.certificateNo')}><Input maxLength={60} /></Form.Item>
        <Form.Item name="trainedOn" label={t('dust.trainedOn')}><DatePicker /></Form.Item>
        <Form.Item name="retrofitState" label={t('dust.retrofit')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={RETROFIT_STATES.map((value) => ({ value, label: t(`dust.retrofitState.${value}` as UiMessageKey) }))} />
        </Form.Item>
        <Form.Item name="retrofitDate" label={t('dust.retrofitDate')} rules={[{ required: state === 'done', message: t('form.required') }]}><DatePicker /></Form.Item>
        {state === 'done' && !initial?.retrofitPhotoId && (
          <Form.Item name="retrofitPhotoIds" label={t('dust.retrofitPhoto')} rules={[{ required: true, message: t('form.required') }]}><PhotoUploadField max={1} /></Form.Item>
        )}
      </Form>
    </Modal>
  );
}
