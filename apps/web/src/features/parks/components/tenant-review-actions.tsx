import type { TenantReviewAction, TenantReviewResponse } from '@safegrid/contracts';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../../shared/components/problem-alert';
import { useT } from '../../../shared/i18n/i18n';
import { riskLabelOf } from '../../risk/risk-labels';
import { useActOnTenantReview } from '../use-parks';

const TITLES = { approve: 'review.approveTitle', reject: 'review.rejectTitle', withdraw: 'review.withdrawTitle' } as const;

/** The actions the server says the caller may take now; rejecting asks for a reason. */
export function TenantReviewActions({ review }: { readonly review: TenantReviewResponse }) {
  const t = useT();
  const { message } = App.useApp();
  const act = useActOnTenantReview();
  const [action, setAction] = useState<TenantReviewAction | null>(null);
  const [form] = Form.useForm<{ reason?: string }>();
  if (review.availableActions.length === 0) return null;
  const close = () => {
    setAction(null);
    act.reset();
    form.resetFields();
  };
  const submit = ({ reason }: { reason?: string }) => {
    if (!action) return;
    const trimmed = reason?.trim();
    act.mutate({ reviewId: review.id, body: { action, reason: trimmed || undefined, expectedVersion: review.version } }, {
      onSuccess: () => {
        void message.success(t('review.done', { action: riskLabelOf(t, 'tenantReviewAction', action) }));
        close();
      },
    });
  };
  return (
    <>
      <Space wrap>
        {review.availableActions.map((name) => (
          <Button key={name} size="small" type={name === 'approve' ? 'primary' : 'default'} danger={name === 'reject'} onClick={() => setAction(name)} data-action={name}>
            {riskLabelOf(t, 'tenantReviewAction', name)}
          </Button>
        ))}
      </Space>
      <Modal
        open={action !== null}
        title={action ? t(TITLES[action], { name: review.tenant.name }) : ''}
        okText={t('review.confirm')}
        cancelText={t('review.cancel')}
        okButtonProps={{ loading: act.isPending, danger: action === 'reject', htmlType: 'submit', form: `review-${review.id}` }}
        onCancel={close}
        destroyOnHidden
      >
        <ProblemAlert error={act.error} />
        <Form form={form} layout="vertical" name={`review-${review.id}`} onFinish={submit}>
          <Form.Item
            label={t('review.reason')}
            name="reason"
            rules={action === 'reject' ? [{ required: true, whitespace: true, message: t('review.reasonRequired') }] : []}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
