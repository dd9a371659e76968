import type { HazardResponse, SupervisionResponse } from '@safegrid/contracts';
import { Button, Card, DatePicker, Descriptions, Form, Input, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { dayjs, formatDate, formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { useCurrentUser } from '../auth/use-session';
import { useSuperviseHazard, useUnsuperviseHazard } from './use-supervision';

/** The 挂牌督办 badge for the page header. */
export function SupervisionBadge({ supervision }: { readonly supervision: SupervisionResponse | null | undefined }) {
  const t = useT();
  return supervision && !supervision.delistedAt ? <Tag color="red" data-testid="supervision-badge">{t('supervision.badge')}</Tag> : null;
}

/** 挂牌督办 of a major hazard: who listed it, for whom, by when; list and delist for the district office. */
export function SupervisionCard({ hazard, supervision }: { readonly hazard: HazardResponse; readonly supervision: SupervisionResponse | null }) {
  const t = useT();
  const user = useCurrentUser();
  const isOffice = user.role === 'district' && user.scope.regionCode === user.districtCode;
  const unsupervise = useUnsuperviseHazard(hazard.id);
  const [listing, setListing] = useState(false);
  if (hazard.level !== 'major' || (!supervision && !isOffice)) return null;
  const open = ['reported', 'assigned', 'submitted'].includes(hazard.status);
  return (
    <Card title={t('supervision.card')} className="section-card">
      <ProblemAlert error={unsupervise.error} />
      {supervision ? (
        <Descriptions size="small" column={1} items={[
          { key: 'department', label: t('supervision.department'), children: supervision.supervisingDepartment },
          { key: 'requiredBy', label: t('supervision.requiredBy'), children: formatDate(supervision.requiredBy) },
          { key: 'listedBy', label: t('supervision.listedBy'), children: `${supervision.listedByName} · ${formatDateTime(supervision.listedAt)}` },
          ...(supervision.delistedAt ? [{ key: 'delisted', label: t('supervision.delistedAt'), children: `${supervision.delistedByName ?? ''} · ${formatDateTime(supervision.delistedAt)}` }] : []),
        ]} />
      ) : <Typography.Text type="secondary">{t('supervision.none')}</Typography.Text>}
      <Space style={{ marginTop: 12 }}>
        {isOffice && !supervision && open && <Button type="primary" danger onClick={() => setListing(true)}>{t('supervision.supervise')}</Button>}
        {isOffice && supervision && !supervision.delistedAt && hazard.status === 'closed' && (
          <Popconfirm title={t('supervision.confirmUnsupervise')} onConfirm={() => unsupervise.mutate(undefined)}>
            <Button loading={unsupervise.isPending}>{t('supervision.unsupervise')}</Button>
          </Popconfirm>
        )}
      </Space>
      {listing && <SuperviseDialog hazard={hazard} onClose={() => setListing(false)} />}
    </Card>
  );
}

function SuperviseDialog({ hazard, onClose }: { readonly hazard: HazardResponse; readonly onClose: () => void }) {
  const t = useT();
  const supervise = useSuperviseHazard(hazard.id);
  const [form] = Form.useForm<{ supervisingDepartment: string; requiredBy: dayjs.Dayjs }>();
  const submit = async () => {
    const values = await form.validateFields();
    await supervise.mutateAsync({ supervisingDepartment: values.supervisingDepartment.trim(), requiredBy: values.requiredBy.format('YYYY-MM-DD') });
    onClose();
  };
  return (
    <Modal open title={t('supervision.supervise')} okText={t('supervision.supervise')} confirmLoading={supervise.isPending} onOk={() => void submit().catch(() => undefined)} onCancel={onClose}>
      <ProblemAlert error={supervise.error} />
      <Form form={form} layout="vertical" initialValues={{ supervisingDepartment: t('supervision.defaultDepartment'), requiredBy: hazard.deadline ? dayjs(hazard.deadline) : undefined }}>
        <Form.Item name="supervisingDepartment" label={t('supervision.department')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="requiredBy" label={t('supervision.requiredBy')} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
