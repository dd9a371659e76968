import { EQUIPMENT_TYPES, type RegisterEquipmentBody } from '@safegrid/contracts';
import { Button, Card, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { EquipmentTable } from './equipment-table';
import { useEquipmentList, useRegisterEquipment } from './use-equipment';

/** The unit page's 设备 section: its elevators, and registering one for those who keep the registry. */
export function UnitEquipmentCard({ unitId, canEdit }: { readonly unitId: string; readonly canEdit: boolean }) {
  const t = useT();
  const list = useEquipmentList({ unitId, limit: 100 });
  const [adding, setAdding] = useState(false);
  return (
    <Card title={t('equipment.unitTitle')} className="section-card" extra={canEdit && <Button onClick={() => setAdding(true)}>{t('equipment.register')}</Button>}>
      <ProblemAlert error={list.error} />
      <EquipmentTable items={list.data?.items ?? []} loading={list.isFetching} />
      {adding && <RegisterEquipmentDialog unitId={unitId} onClose={() => setAdding(false)} />}
    </Card>
  );
}

interface FormValues {
  readonly type: RegisterEquipmentBody['type'];
  readonly registrationCode: string;
  readonly location: string;
  readonly maintenanceCompany?: string;
  readonly commissionedOn?: Dayjs | null;
  readonly lastInspectionDate?: Dayjs | null;
  readonly nextInspectionDate?: Dayjs | null;
}

function RegisterEquipmentDialog({ unitId, onClose }: { readonly unitId: string; readonly onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<FormValues>();
  const register = useRegisterEquipment(unitId);
  const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);
  return (
    <Modal open title={t('equipment.register')} okText={t('form.save')} confirmLoading={register.isPending} onCancel={onClose}
      onOk={() => void form.validateFields().then((values) => register.mutate({
        type: values.type, registrationCode: values.registrationCode, location: values.location, maintenanceCompany: values.maintenanceCompany?.trim() || null,
        commissionedOn: day(values.commissionedOn), lastInspectionDate: day(values.lastInspectionDate), nextInspectionDate: day(values.nextInspectionDate),
      }, { onSuccess: onClose }))}>
      <ProblemAlert error={register.error} />
      <Form form={form} layout="vertical" initialValues={{ type: 'passenger_elevator' }}>
        <Form.Item name="type" label={t('field.equipmentType')} rules={[{ required: true, message: t('form.required') }]}>
          <Select options={EQUIPMENT_TYPES.map((value) => ({ value, label: t(`equipment.type.${value}` as UiMessageKey) }))} />
        </Form.Item>
        <Form.Item name="registrationCode" label={t('field.registrationCode')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="location" label={t('field.equipmentLocation')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="maintenanceCompany" label={t('field.maintenanceCompany')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="commissionedOn" label={t('field.commissionedOn')}><DatePicker /></Form.Item>
        <Form.Item name="lastInspectionDate" label={t('field.lastInspectionDate')}><DatePicker /></Form.Item>
        <Form.Item name="nextInspectionDate" label={t('field.nextInspectionDate')}><DatePicker /></Form.Item>
      </Form>
    </Modal>
  );
}
