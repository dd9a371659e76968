import { RISK_LEVELS, RiskOverrideBody } from '@safegrid/contracts';
import { App, Button, DatePicker, Form, Input, Popconfirm, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { ProblemAlert } from '../../../shared/components/problem-alert';
import { dayjs, todayInShanghai } from '../../../shared/format/dates';
import { checkAgainst } from '../../../shared/forms/schema-check';
import { useFormErrors } from '../../../shared/forms/use-form-errors';
import { useI18n } from '../../../shared/i18n/i18n';
import { riskOptionsOf } from '../risk-labels';
import { useClearRiskOverride, useOverrideRisk } from '../use-risk';

interface OverrideValues {
  level?: string;
  reason?: string;
  expiresOn?: Dayjs | null;
}

const FIELDS = ['level', 'reason', 'expiresOn'];

/** The district office sets a unit's colour with a reason until a date (within a year), or ends it. */
export function RiskOverrideForm({ unitId, hasOverride }: { readonly unitId: string; readonly hasOverride: boolean }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<OverrideValues>();
  const errors = useFormErrors(form, FIELDS);
  const override = useOverrideRisk(unitId);
  const clear = useClearRiskOverride(unitId);
  const today = todayInShanghai();
  const submit = (values: OverrideValues) => {
    errors.clearError();
    const body = { level: values.level, reason: values.reason?.trim() ?? '', expiresOn: values.expiresOn?.format('YYYY-MM-DD') };
    if (errors.showProblems(checkAgainst(RiskOverrideBody, body, language))) return;
    override.mutate(body as RiskOverrideBody, {
      onSuccess: () => {
        void message.success(t('risk.overrideSaved'));
        form.resetFields();
      },
      onError: errors.showError,
    });
  };
  return (
    <>
      <ProblemAlert error={errors.error ?? clear.error} />
      <Form<OverrideValues> form={form} layout="vertical" onValuesChange={errors.clearChanged} name="risk-override" onFinish={submit}>
        <Form.Item label={t('risk.overrideLevel')} name="level" rules={[{ required: true, message: t('form.required') }]}>
          <Select options={riskOptionsOf(t, 'riskLevelLong', RISK_LEVELS)} />
        </Form.Item>
        <Form.Item label={t('risk.overrideReason')} name="reason" rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
        <Form.Item label={t('risk.overrideExpires')} name="expiresOn" rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(date) => date.format('YYYY-MM-DD') < today || date.isAfter(dayjs(today).add(1, 'year'))}
          />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={override.isPending}>{t('risk.overrideSave')}</Button>
          {hasOverride && (
            <Popconfirm
              title={t('risk.overrideClearConfirm')}
              okText={t('review.confirm')}
              cancelText={t('review.cancel')}
              onConfirm={() => clear.mutate(undefined, { onSuccess: () => void message.success(t('risk.overrideCleared')) })}
            >
              <Button danger loading={clear.isPending}>{t('risk.overrideClear')}</Button>
            </Popconfirm>
          )}
        </Space>
      </Form>
    </>
  );
}
