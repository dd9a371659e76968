import { RISK_LEVELS, RISK_METHODS, RiskPolicyBody, type RiskPolicyResponse } from '@safegrid/contracts';
import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Select, Typography } from 'antd';
import { QueryBoundary } from '../../shared/components/query-boundary';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { checkAgainst } from '../../shared/forms/schema-check';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useI18n, useT } from '../../shared/i18n/i18n';
import { useCurrentUser } from '../auth/use-session';
import { canManageRisk } from './risk-access';
import { riskLabelOf, riskOptionsOf } from './risk-labels';
import { RiskPolicyPreview } from './components/risk-policy-preview';
import { RISK_COLOURS } from './risk-colours';
import { usePreviewRiskPolicy, useRiskPolicy, useUpdateRiskPolicy } from './use-risk';

// Group problems (bands not descending, patrol days out of order) have no field of their own: they go to the alert.
const FIELDS = ['method', 'dueSoonDays', 'recentMonths'];
const BANDED = ['red', 'orange', 'yellow'] as const;

/** 风险分级设置: method, colour bands, patrol frequency by colour; editable by the district office. */
export function RiskPolicyPage() {
  const policy = useRiskPolicy();
  return <QueryBoundary query={policy}>{(data) => <RiskPolicyForm policy={data} />}</QueryBoundary>;
}

function RiskPolicyForm({ policy }: { readonly policy: RiskPolicyResponse }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const editable = canManageRisk(user);
  const [form] = Form.useForm<RiskPolicyBody>();
  const errors = useFormErrors(form, FIELDS);
  const update = useUpdateRiskPolicy();
  const preview = usePreviewRiskPolicy();
  const runPreview = () => {
    errors.clearError();
    const values = form.getFieldsValue(true) as RiskPolicyBody;
    if (errors.showProblems(checkAgainst(RiskPolicyBody, values, language))) return;
    preview.mutate(values, { onError: errors.showError });
  };
  const submit = (values: RiskPolicyBody) => {
    errors.clearError();
    if (errors.showProblems(checkAgainst(RiskPolicyBody, values, language))) return;
    update.mutate(values, { onSuccess: () => void message.success(t('risk.policySaved')), onError: errors.showError });
  };
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('risk.policy')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('risk.policyIntro')}</Typography.Paragraph>
      {!editable && <Alert type="info" showIcon title={t('risk.policyReadOnly')} style={{ marginBottom: 16 }} />}
      <ProblemAlert error={errors.error} />
      <Card>
        <Form<RiskPolicyBody> form={form} layout="vertical" onValuesChange={errors.clearChanged} name="risk-policy" initialValues={policy} onFinish={submit}>
          <Form.Item label={t('risk.method')} name="method"><Select options={riskOptionsOf(t, 'riskMethod', RISK_METHODS)} disabled={!editable} /></Form.Item>
          <fieldset className="plan-fields"><legend>{t('risk.policyLecBands')}</legend><BandFields group="lecBands" max={100_000} editable={editable} /></fieldset>
          <fieldset className="plan-fields"><legend>{t('risk.policyLsBands')}</legend><BandFields group="lsBands" max={25} editable={editable} /></fieldset>
          <PatrolDayFields editable={editable} />
          <Row gutter={12}>
            <Col xs={12}><Form.Item label={t('risk.policyDueSoon')} name="dueSoonDays"><InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} disabled={!editable} /></Form.Item></Col>
            <Col xs={12}><Form.Item label={t('risk.policyRecentMonths')} name="recentMonths"><InputNumber min={1} max={36} precision={0} style={{ width: '100%' }} disabled={!editable} /></Form.Item></Col>
          </Row>
          {preview.data && <RiskPolicyPreview preview={preview.data} />}
          {editable && (
            <div className="form-actions">
              <Button onClick={runPreview} loading={preview.isPending}>{t('risk.preview')}</Button>
              <Button type="primary" htmlType="submit" loading={update.isPending}>{t('form.save')}</Button>
            </div>
          )}
        </Form>
      </Card>
    </>
  );
}

/** A band's label with its colour, so the four rows read at a glance. */
function Swatch({ level, label }: { readonly level: (typeof RISK_LEVELS)[number]; readonly label: string }) {
  return <span><span className="map-legend-swatch" style={{ background: RISK_COLOURS[level].fill }} aria-hidden />{label}</span>;
}

/** 分级界限 of one method: a score at or above a colour's value takes that colour. */
function BandFields({ group, max, editable }: { readonly group: 'lecBands' | 'lsBands'; readonly max: number; readonly editable: boolean }) {
  const t = useT();
  return (
    <Row gutter={12}>
      {BANDED.map((level) => (
        <Col xs={8} key={level}>
          <Form.Item label={<Swatch level={level} label={riskLabelOf(t, 'riskLevelLong', level)} />} name={[group, level]} rules={[{ required: true, message: t('form.required') }]}>
            <InputNumber min={0} max={max} style={{ width: '100%' }} disabled={!editable} prefix="≥" aria-label={`${riskLabelOf(t, 'riskLevelLong', level)} ≥`} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}

/** 巡查间隔 by colour. */
function PatrolDayFields({ editable }: { readonly editable: boolean }) {
  const t = useT();
  return (
    <fieldset className="plan-fields">
      <legend>{t('risk.policyPatrolDays')}</legend>
      <Row gutter={12}>
        {RISK_LEVELS.map((level) => (
          <Col xs={12} md={6} key={level}>
            <Form.Item label={<Swatch level={level} label={riskLabelOf(t, 'riskLevelLong', level)} />} name={['patrolDays', level]} rules={[{ required: true, message: t('form.required') }]}>
              <InputNumber min={1} max={730} precision={0} style={{ width: '100%' }} disabled={!editable} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </fieldset>
  );
}
