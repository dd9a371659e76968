import type { ChecklistResponse, CopyChecklistBody } from '@safegrid/contracts';
import { Form, Input, Modal } from 'antd';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../shared/components/problem-alert';
import { useT } from '../../../shared/i18n/i18n';
import { useCopyChecklist } from '../use-checklists';

/** 复制: a district copy of a template becomes version 1 of the district's own code. */
export function CopyChecklistDialog({ checklist, open, onClose }: { readonly checklist: ChecklistResponse; readonly open: boolean; readonly onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<CopyChecklistBody>();
  const copy = useCopyChecklist(checklist.id);
  return (
    <Modal
      open={open}
      title={t('checklist.copyTitle')}
      onCancel={onClose}
      okText={t('checklist.copy')}
      confirmLoading={copy.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert error={copy.error} />
      <Form<CopyChecklistBody>
        form={form}
        layout="vertical"
        initialValues={{ name: checklist.name }}
        onFinish={(values) => copy.mutate({ code: values.code.trim(), ...(values.name?.trim() ? { name: values.name.trim() } : {}) }, {
          onSuccess: (created) => {
            onClose();
            void navigate(`/checklists/${created.id}`);
          },
        })}
      >
        <Form.Item name="code" label={t('checklist.copyCode')} extra={t('checklist.copyCodeHelp')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input maxLength={48} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('checklist.copyName')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
