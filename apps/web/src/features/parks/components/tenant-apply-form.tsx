import { ApplyTenantReviewBody, DUST_KINDS, RISK_TAGS, type ParkTenantsResponse } from '@safegrid/contracts';
import { App, Button, Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { ProblemAlert } from '../../../shared/components/problem-alert';
import { checkAgainst } from '../../../shared/forms/schema-check';
import { useFormErrors } from '../../../shared/forms/use-form-errors';
import { useI18n } from '../../../shared/i18n/i18n';
import { optionsOf } from '../../../shared/i18n/labels';
import { tenantApplyBodyOf, type TenantApplyValues } from '../tenant-review-body';
import { useApplyTenantReview } from '../use-parks';

const FIELDS = ['tenantUnitId', 'name', 'creditCode', 'business', 'riskTags', 'dustKind', 'employees', 'floorArea', 'leaseStartsOn', 'leaseEndsOn', 'safetyAgreement', 'fireAcceptance', 'note'];

/** 先审后租: the landlord (or a town entering a paper application) asks the town to review a tenant. */
export function TenantApplyForm({ parkId, tenants, onDone }: {
  readonly parkId: string;
  readonly tenants: ParkTenantsResponse['tenants'];
  readonly onDone: () => void;
}) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<TenantApplyValues>();
  const errors = useFormErrors(form, FIELDS);
  const apply = useApplyTenantReview(parkId);
  const kind = Form.useWatch('for', form) ?? 'new';
  // Registered tenants that have no review waiting or approved may be applied for.
  const candidates = tenants.filter((tenant) => tenant.reviewState !== 'submitted' && tenant.reviewState !== 'approved');
  const submit = (values: TenantApplyValues) => {
    errors.clearError();
    const body = tenantApplyBodyOf(values);
    if (errors.showProblems(checkAgainst(ApplyTenantReviewBody, body, language).map((problem) => ({ ...problem, path: formPathOf(problem.path) })))) return;
    apply.mutate(body, {
      onSuccess: () => {
        void message.success(t('park.applied'));
        form.resetFields();
        onDone();
      },
      onError: (failure) => errors.showError(failure),
    });
  };
  return (
    <>
      <ProblemAlert error={errors.error} />
      <Form<TenantApplyValues> form={form} layout="vertical" onValuesChange={errors.clearChanged} name="tenant-apply" onFinish={submit} initialValues={{ for: 'new', riskTags: [], safetyAgreement: false, fireAcceptance: false }}>
        <Form.Item label={t('park.applyFor')} name="for">
          <Radio.Group options={[{ value: 'new', label: t('park.applyNew') }, { value: 'existing', label: t('park.applyExisting'), disabled: candidates.length === 0 }]} />
        </Form.Item>
        {kind === 'existing' ? (
          <Form.Item label={t('park.tenantUnit')} name="tenantUnitId" rules={[{ required: true, message: t('form.required') }]}>
            <Select options={candidates.map((tenant) => ({ value: tenant.unit.id, label: tenant.unit.name }))} />
          </Form.Item>
        ) : (
          <NewTenantFields />
        )}
        <Row gutter={12}>
          <Col xs={12}><Form.Item label={t('park.leaseStartsOn')} name="leaseStartsOn"><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={12}><Form.Item label={t('park.leaseEndsOn')} name="leaseEndsOn"><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Form.Item name="safetyAgreement" valuePropName="checked"><Checkbox>{t('park.safetyAgreement')}</Checkbox></Form.Item>
        <Form.Item name="fireAcceptance" valuePropName="checked"><Checkbox>{t('park.fireAcceptance')}</Checkbox></Form.Item>
        <Form.Item label={t('park.note')} name="note"><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
        <div className="form-actions"><Button type="primary" htmlType="submit" loading={apply.isPending}>{t('park.submit')}</Button></div>
      </Form>
    </>
  );
}

// The body nests a newcomer under `tenant`; the form holds its fields at the top level.
function formPathOf(path: string): string {
  return path.startsWith('/tenant/') ? `/${path.slice('/tenant/'.length)}` : path;
}

// A newcomer's particulars; a dust tag asks for the kind of dust (as the registry does).
function NewTenantFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance<TenantApplyValues>();
  const tags = Form.useWatch('riskTags', form) ?? [];
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}><Form.Item label={t('park.tenantName')} name="name" rules={[{ required: true, whitespace: true, message: t('form.required') }]}><Input maxLength={100} /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item label={t('park.tenantCredit')} name="creditCode"><Input maxLength={30} /></Form.Item></Col>
      <Col xs={24}><Form.Item label={t('park.tenantBusiness')} name="business" rules={[{ required: true, whitespace: true, message: t('form.required') }]}><Input maxLength={500} /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item label={t('park.tenantTags')} name="riskTags"><Select mode="multiple" allowClear options={optionsOf(t, 'riskTag', RISK_TAGS)} /></Form.Item></Col>
      {tags.includes('dust') && (
        <Col xs={24} md={12}><Form.Item label={t('field.dustKind')} name="dustKind" rules={[{ required: true, message: t('form.required') }]}><Select options={optionsOf(t, 'dustKind', DUST_KINDS)} /></Form.Item></Col>
      )}
      <Col xs={12} md={6}><Form.Item label={t('park.tenantEmployees')} name="employees"><InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={12} md={6}><Form.Item label={t('park.tenantFloorArea')} name="floorArea"><InputNumber min={0} max={1000000} style={{ width: '100%' }} /></Form.Item></Col>
    </Row>
  );
}
