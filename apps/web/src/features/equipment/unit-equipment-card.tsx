import { EQUIPMENT_TYPES, type EquipmentResponse, type RegisterEquipmentBody } from '@safegrid/contracts';
import { Button, Card, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { EquipmentTable } from './equipment-table';
import { useEquipmentList, useRegisterEquipment, useUpdateEquipment } from './use-equipment';

/** The unit page's 特种设备 section: its equipment, registering and editing for those who keep the registry. */
export function UnitEquipmentCard({ unitId, canEdit }: { readonly unitId: string; readonly canEdit: boolean }) {
  const t = useT();
  const list = useEquipmentList({ unitId, limit: 100 });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<EquipmentResponse | null>(null);
  return (
    <Card title={t('equipment.unitTitle')} className="section-card" extra={canEdit && <Button onClick={() => setAdding(true)}>{t('equipment.register')}</Button>}>
      <ProblemAlert error={list.error} />
      <EquipmentTable items={list.data?.items ?? []} loading={list.isFetching} onEdit={canEdit ? setEditing : undefined} />
      {adding && <RegisterEquipmentDialog unitId={unitId} onClose={() => setAdding(false)} />}
      {editing && <EditEquipmentDialog equipment={editing} onClose={() => setEditing(null)} />}
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

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);
const bodyOf = (values: FormValues): RegisterEquipmentBody => ({
  type: values.type, registrationCode: values.registrationCode, location: values.location, maintenanceCompany: values.maintenanceCompany?.trim() || null,
  commissionedOn: day(values.commissionedOn), lastInspectionDate: day(values.lastInspectionDate), nextInspectionDate: day(values.nextInspectionDate),
});

/** The fields of one piece of equipment, shared by the register and edit dialogs. */
function EquipmentFields() {
  const t = useT();
  return (
    <>
      <Form.Item name="type" label={t('field.equipmentType')} rules={[{ required: true, message: t('form.required') }]}>
        <Select options={EQUIPMENT_TYPES.map((value) => ({ value, label: t(`equipment.type.${value}` as UiMessageKey) }))} />
      </Form.Item>
      <Form.Item name="registrationCode" label={t('field.registrationCode')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}><Input maxLength={100} /></Form.Item>
      <Form.Item name="location" label={t('field.equipmentLocation')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}><Input maxLength={100} /></Form.Item>
      <Form.Item name="maintenanceCompany" label={t('field.maintenanceCompany')}><Input maxLength={100} /></Form.Item>
      <Form.Item name="commissionedOn" label={t('field.commissionedOn')}><DatePicker /></Form.Item>
      <Form.Item name="lastInspectionDate" label={t('field.lastInspectionDate')}><DatePicker /></Form.Item>
      <Form.Item name="nextInspectionDate" label={t('field.nextInspectionDate')} extra={t('equipment.nextHint')}><DatePicker /></Form.Item>
    </>
  );
}

function RegisterEquipmentDialog({ unitId, onClose }: { readonly unitId: string; readonly onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<FormValues>();
  const register = useRegisterEquipment(unitId);
  return (
    <Modal open title={t('equipment.register')} okText={t('form.save')} confirmLoading={register.isPending} onCancel={onClose}
      onOk={() => void form.validateFields().then((values) => register.mutate(bodyOf(values), { onSuccess: onClose }))}>
      <ProblemAlert error={register.error} />
      <Form form={form} layout="vertical" initialValues={{ type: 'passenger_elevator' }}><EquipmentFields /></Form>
    </Modal>
  );
}

/** Edits one piece of equipment (e.g. after a periodic inspection); a concurrent change answers 409, shown in the alert. */
function EditEquipmentDialog({ equipment, onClose }: { readonly equipment: EquipmentResponse; readonly onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<FormValues>();
  const update = useUpdateEquipment(equipment.id);
  const date = (value: string | null) => (value ? dayjs(value) : null);
  const initialValues: FormValues = {
    type: equipment.type, registrationCode: equipment.registrationCode, location: equipment.location, maintenanceCompany: equipment.maintenanceCompany ?? '',
    commissionedOn: date(equipment.commissionedOn), lastInspectionDate: date(equipment.lastInspectionDate), nextInspectionDate: date(equipment.nextInspectionDate),
  };
  return (
    <Modal open title={t('equipment.editTitle')} okText={t('form.save')} confirmLoading={update.isPending} onCancel={onClose}
      onOk={() => void form.validateFields().then((values) => update.mutate({ ...bodyOf(values), version: equipment.version }, { onSuccess: onClose }))}>
      <ProblemAlert error={update.error} />
      <Form form={form} layout="vertical" initialValues={initialValues}><EquipmentFields /></Form>
    </Modal>
  );
}
