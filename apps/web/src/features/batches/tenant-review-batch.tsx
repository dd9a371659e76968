import { BatchDecideTenantReviewsBody, BATCH_TENANT_REVIEW_ACTIONS, type TenantReviewResponse } from '@safegrid/contracts';
import { Alert, App, Button, Form, Input, Modal, type TableProps } from 'antd';
import { useCallback, useState } from 'react';
import { checkAgainst } from '../../shared/forms/schema-check';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useI18n, useT } from '../../shared/i18n/i18n';
import { useRowSelection, type RowSelectionState } from '../../shared/components/use-row-selection';
import { riskLabelOf } from '../risk/risk-labels';
import { useBatchDecideTenantReviews } from './batch-api';
import { BatchBar, pageSelectionOf } from './batch-bar';
import { BatchProblemAlert } from './batch-problem-alert';

type Decision = (typeof BATCH_TENANT_REVIEW_ACTIONS)[number];
const TITLES = { approve: 'batch.approveTitle', reject: 'batch.rejectTitle' } as const;
const BUTTONS = { approve: 'batch.approve', reject: 'batch.reject' } as const;

/** The review queue's selection: reviews the caller may decide now (waiting, not their own application). */
export function useTenantReviewBatchSelection(): RowSelectionState<TenantReviewResponse> {
  const t = useT();
  const selectable = useCallback((review: TenantReviewResponse) => review.availableActions.includes('approve'), []);
  const labelOf = useCallback((review: TenantReviewResponse) => t('batch.selectRow', { name: review.tenant.name }), [t]);
  return useRowSelection(selectable, labelOf);
}

/**
 * The review queue's batch parts for its table: checkboxes when a row on the page can be decided by
 * the caller (or rows are selected), and the selection bar as the table's title.
 */
export function useTenantReviewBatch(reviews: readonly TenantReviewResponse[]): Pick<TableProps<TenantReviewResponse>, 'rowSelection' | 'title'> {
  const selection = useTenantReviewBatchSelection();
  const offered = selection.ids.length > 0 || reviews.some((review) => review.availableActions.includes('approve'));
  return {
    rowSelection: offered ? selection.rowSelection : undefined,
    title: offered ? () => <TenantReviewBatch selection={selection} page={reviews} /> : undefined,
  };
}

/** 批量审核: 批量通过 / 批量驳回 of the selected reviews, one reason for all (required to reject). */
export function TenantReviewBatch({ selection, page }: { readonly selection: RowSelectionState<TenantReviewResponse>; readonly page: readonly TenantReviewResponse[] }) {
  const t = useT();
  const [decision, setDecision] = useState<Decision | null>(null);
  return (
    <>
      <BatchBar count={selection.ids.length} full={selection.full} onClear={selection.clear} page={pageSelectionOf(selection, page)}>
        {BATCH_TENANT_REVIEW_ACTIONS.map((action) => (
          <Button key={action} size="small" type={action === 'approve' ? 'primary' : 'default'} danger={action === 'reject'} onClick={() => setDecision(action)}>
            {t(BUTTONS[action])}
          </Button>
        ))}
      </BatchBar>
      {decision && <BatchDecisionDialog reviews={selection.rows} decision={decision} onClose={(done) => { setDecision(null); if (done) selection.clear(); }} />}
    </>
  );
}

function BatchDecisionDialog({ reviews, decision, onClose }: {
  readonly reviews: readonly TenantReviewResponse[];
  readonly decision: Decision;
  readonly onClose: (done: boolean) => void;
}) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const errors = useFormErrors(form, ['reason']);
  const mutation = useBatchDecideTenantReviews();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const submit = ({ reason }: { reason?: string }) => {
    errors.clearError();
    const trimmed = reason?.trim();
    const body = { reviewIds: reviews.map((review) => review.id), action: decision, ...(trimmed ? { reason: trimmed } : {}) };
    if (errors.showProblems(checkAgainst(BatchDecideTenantReviewsBody, body, language))) return;
    mutation.mutate({ body, idempotencyKey }, {
      onSuccess: (result) => {
        void message.success(t('batch.decided', { action: riskLabelOf(t, 'tenantReviewAction', decision), count: result.items.length }));
        onClose(true);
      },
      onError: errors.showError,
    });
  };
  return (
    <Modal
      open
      title={t(TITLES[decision], { count: reviews.length })}
      okText={t('review.confirm')}
      cancelText={t('review.cancel')}
      okButtonProps={{ loading: mutation.isPending, danger: decision === 'reject', htmlType: 'submit', form: 'batch-review' }}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('batch.allOrNone')} style={{ marginBottom: 16 }} />
      <BatchProblemAlert error={errors.error} names={reviews.map((review) => review.tenant.name)} />
      <Form form={form} layout="vertical" name="batch-review" onFinish={submit} onValuesChange={errors.clearChanged}>
        <Form.Item
          label={t('review.reason')}
          name="reason"
          rules={decision === 'reject' ? [{ required: true, whitespace: true, message: t('review.reasonRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
