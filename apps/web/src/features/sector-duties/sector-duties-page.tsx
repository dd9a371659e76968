import { DEPARTMENTS, type SectorDutyResponse } from '@safegrid/contracts';
import { Button, Card, Form, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import { labelOf, optionsOf } from '../../shared/i18n/labels';
import { useCurrentUser } from '../auth/use-session';
import { useSectorDuties, useSetSectorDuty } from './use-sector-duties';

/** 三管三必须: each sector's lead and co-responsible departments; the district office edits a row. */
export function SectorDutiesPage() {
  const t = useT();
  const user = useCurrentUser();
  const isOffice = user.role === 'district' && user.scope.regionCode === user.districtCode;
  const duties = useSectorDuties();
  const [editing, setEditing] = useState<SectorDutyResponse | null>(null);
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('sectorDuties.title')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('sectorDuties.intro')}</Typography.Paragraph>
      <Card>
        <ProblemAlert error={duties.error} />
        <Table<SectorDutyResponse>
          rowKey="sector"
          size="small"
          pagination={false}
          loading={duties.isLoading}
          dataSource={duties.data?.items ?? []}
          columns={[
            { key: 'sector', title: t('field.sector'), render: (_, duty) => labelOf(t, 'sector', duty.sector) },
            { key: 'lead', title: t('sectorDuties.lead'), render: (_, duty) => <Tag color="blue">{labelOf(t, 'department', duty.lead)}</Tag> },
            {
              key: 'co', title: t('sectorDuties.co'),
              render: (_, duty) => duty.coDepartments.length === 0 ? '—' : <Space size={4} wrap>{duty.coDepartments.map((department) => <Tag key={department}>{labelOf(t, 'department', department)}</Tag>)}</Space>,
            },
            ...(isOffice ? [{ key: 'edit', title: '', render: (_: unknown, duty: SectorDutyResponse) => <Button size="small" data-sector={duty.sector} onClick={() => setEditing(duty)}>{t('sectorDuties.edit')}</Button> }] : []),
          ]}
        />
      </Card>
      {editing && <SectorDutyDialog duty={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function SectorDutyDialog({ duty, onClose }: { readonly duty: SectorDutyResponse; readonly onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ lead: SectorDutyResponse['lead']; coDepartments: SectorDutyResponse['coDepartments'] }>();
  const save = useSetSectorDuty();
  const lead = Form.useWatch('lead', form) ?? duty.lead;
  return (
    <Modal
      open
      title={`${t('sectorDuties.editTitle')} · ${labelOf(t, 'sector', duty.sector)}`}
      okText={t('form.save')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => void form.validateFields().then((values) => save.mutate(
        { sector: duty.sector, body: { lead: values.lead, coDepartments: (values.coDepartments ?? []).filter((department) => department !== values.lead) } },
        { onSuccess: onClose },
      ))}
    >
      <ProblemAlert error={save.error} />
      <Form form={form} layout="vertical" initialValues={{ lead: duty.lead, coDepartments: duty.coDepartments }}>
        <Form.Item name="lead" label={t('sectorDuties.lead')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={optionsOf(t, 'department', DEPARTMENTS)} />
        </Form.Item>
        <Form.Item name="coDepartments" label={t('sectorDuties.co')}>
          <Select mode="multiple" options={optionsOf(t, 'department', DEPARTMENTS.filter((department) => department !== lead))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
