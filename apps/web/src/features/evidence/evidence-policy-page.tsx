import { EvidencePolicyBody, type EvidencePolicyResponse } from '@safegrid/contracts';
import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Switch, Typography } from 'antd';
import { QueryBoundary } from '../../shared/components/query-boundary';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { checkAgainst } from '../../shared/forms/schema-check';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useI18n } from '../../shared/i18n/i18n';
import { can, useCurrentUser } from '../auth/use-session';
import { useEvidencePolicy, useUpdateEvidencePolicy } from './evidence-api';

const FIELDS = ['generalReviewPhotos', 'maxPhotoAgeHours', 'maxPhotoDistanceMetres'];

/** 销号证据规则: whether closing a general hazard needs review photos, and the photo checks (ADR 0087). */
export function EvidencePolicyPage() {
  const policy = useEvidencePolicy();
  return <QueryBoundary query={policy}>{(data) => <EvidencePolicyForm policy={data} />}</QueryBoundary>;
}

function EvidencePolicyForm({ policy }: { readonly policy: EvidencePolicyResponse }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  // The API lets only the district office write (evidence.manage); everyone who reads hazards may look.
  const editable = can(useCurrentUser(), 'evidence.manage');
  const [form] = Form.useForm<EvidencePolicyBody>();
  const errors = useFormErrors(form, FIELDS);
  const update = useUpdateEvidencePolicy();
  const submit = (values: EvidencePolicyBody) => {
    errors.clearError();
    if (errors.showProblems(checkAgainst(EvidencePolicyBody, values, language))) return;
    update.mutate(values, { onSuccess: () => void message.success(t('evidencePolicy.saved')), onError: errors.showError });
  };
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('evidencePolicy.title')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('evidencePolicy.intro')}</Typography.Paragraph>
      {!editable && <Alert type="info" showIcon title={t('evidencePolicy.readOnly')} style={{ marginBottom: 16 }} />}
      <ProblemAlert error={errors.error} />
      <Card>
        <Form<EvidencePolicyBody> form={form} layout="vertical" name="evidence-policy" initialValues={policy} onValuesChange={errors.clearChanged} onFinish={submit}>
          <Alert type="warning" showIcon title={t('evidencePolicy.majorAlways')} style={{ marginBottom: 16 }} />
          <Form.Item
            label={t('evidencePolicy.generalRequired')}
            name="generalReviewPhotos"
            extra={t('evidencePolicy.generalRequiredHelp')}
            getValueProps={(value: unknown) => ({ checked: value === 'required' })}
            normalize={(checked: boolean) => (checked ? 'required' : 'optional')}
          >
            <Switch checkedChildren={t('evidencePolicy.generalRequiredOn')} unCheckedChildren={t('evidencePolicy.generalRequiredOff')} disabled={!editable} />
          </Form.Item>
          <fieldset className="plan-fields">
            <legend>{t('evidencePolicy.photoChecks')}</legend>
            <Typography.Paragraph type="secondary">{t('evidencePolicy.photoChecksHelp')}</Typography.Paragraph>
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item label={t('evidencePolicy.maxPhotoAgeHours')} name="maxPhotoAgeHours" rules={[{ required: true, message: t('form.required') }]}>
                  <InputNumber min={1} max={168} precision={0} style={{ width: '100%' }} disabled={!editable} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label={t('evidencePolicy.maxPhotoDistanceMetres')} name="maxPhotoDistanceMetres" rules={[{ required: true, message: t('form.required') }]}>
                  <InputNumber min={50} max={50000} precision={0} style={{ width: '100%' }} disabled={!editable} />
                </Form.Item>
              </Col>
            </Row>
          </fieldset>
          {editable && <div className="form-actions"><Button type="primary" htmlType="submit" loading={update.isPending}>{t('form.save')}</Button></div>}
        </Form>
      </Card>
    </>
  );
}
