import type { HazardResponse } from '@safegrid/contracts';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import { useCurrentUser } from '../auth/use-session';
import { useUrgeHazard } from './use-supervision';

const OPEN_STATUSES: readonly string[] = ['reported', 'assigned', 'submitted'];

/** 催办 with a note: district and department users, on an open hazard (the server checks scope). */
export function UrgeButton({ hazard }: { readonly hazard: HazardResponse }) {
  const t = useT();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ note: string }>();
  const urge = useUrgeHazard(hazard.id);
  if (!['district', 'department'].includes(user.role) || !OPEN_STATUSES.includes(hazard.status)) return null;
  const send = async () => {
    const { note } = await form.validateFields();
    await urge.mutateAsync(note);
    void message.success(t('urge.sent'));
    setOpen(false);
    form.resetFields();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('urge.button')}</Button>
      <Modal open={open} title={t('urge.title')} okText={t('urge.send')} confirmLoading={urge.isPending} onOk={() => void send().catch(() => undefined)} onCancel={() => setOpen(false)} destroyOnHidden>
        <ProblemAlert error={urge.error} />
        <Form form={form} layout="vertical">
          <Form.Item name="note" label={t('urge.note')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
            <Input.TextArea rows={3} maxLength={500} placeholder={t('urge.placeholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
