import { CreateCampaignBody, RISK_TAGS, SECTORS, UNIT_KINDS } from '@safegrid/contracts';
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { ApiError } from '../../shared/api-client';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { checkAgainst } from '../../shared/forms/schema-check';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useI18n } from '../../shared/i18n/i18n';
import { optionsOf } from '../../shared/i18n/labels';
import { useCurrentUser } from '../auth/use-session';
import { useTowns } from '../regions/use-regions';
import { campaignBodyOf, campaignFormPath, campaignPeriodProblem, type CampaignFormValues } from './campaign-form';
import { useCampaignChecklists, useCreateCampaign } from './use-campaigns';

const FIELDS = ['name', 'description', 'period', 'kinds', 'sectors', 'tags', 'regionCodes', 'checklistId', 'coverage', 'rectification'];


/** 新建专项整治: period, scope (kinds, sectors, tags, towns), checklist and targets, checked as the API checks them. */
export function CampaignCreatePage() {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const checklists = useCampaignChecklists();
  const [form] = Form.useForm<CampaignFormValues>();
  const errors = useFormErrors(form, FIELDS);
  const create = useCreateCampaign();
  const submit = (values: CampaignFormValues) => {
    errors.clearError();
    const body = campaignBodyOf(values);
    const problems = checkAgainst(CreateCampaignBody, body, language).map((problem) => ({ ...problem, path: campaignFormPath(problem.path) }));
    if (campaignPeriodProblem(body)) problems.push({ path: '/period', message: t('campaign.periodInvalid') });
    if (errors.showProblems(problems)) return;
    create.mutate(body as CreateCampaignBody, {
      onSuccess: (campaign) => {
        void message.success(t('campaign.created'));
        navigate(`/campaigns/${campaign.id}`, { replace: true });
      },
      onError: (failure) => errors.showError(onFormPaths(failure)),
    });
  };
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('campaign.create')}</Typography.Title></div>
      <ProblemAlert error={errors.error} />
      <Card>
        <Form<CampaignFormValues> form={form} layout="vertical" onValuesChange={errors.clearChanged} name="campaign" onFinish={submit} initialValues={{ coverage: 100, kinds: [], sectors: [], tags: [], regionCodes: [] }}>
          <Row gutter={12}>
            <Col xs={24} md={12}><Form.Item label={t('campaign.name')} name="name" rules={[{ required: true, whitespace: true, message: t('form.required') }]}><Input maxLength={100} /></Form.Item></Col>
            <Col xs={24} md={12}><Form.Item label={t('campaign.period')} name="period" rules={[{ required: true, message: t('form.required') }]}><DatePicker.RangePicker style={{ width: '100%' }} /></Form.Item></Col>
            <Col xs={24}><Form.Item label={t('campaign.description')} name="description"><Input.TextArea rows={2} maxLength={2000} /></Form.Item></Col>
          </Row>
          <ScopeFields />
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item label={t('campaign.checklistId')} name="checklistId" rules={[{ required: true, message: t('form.required') }]}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={checklists.isPending}
                  placeholder={t('campaign.checklistPlaceholder')}
                  options={(checklists.data ?? []).map((checklist) => ({ value: checklist.id, label: t('campaign.checklistOption', { name: checklist.name, code: checklist.code, version: checklist.version }) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}><Form.Item label={t('campaign.targetCoverage')} name="coverage" rules={[{ required: true, message: t('form.required') }]}><InputNumber min={1} max={100} style={{ width: '100%' }} /></Form.Item></Col>
            <Col xs={12} md={6}><Form.Item label={t('campaign.targetRectification')} name="rectification"><InputNumber min={1} max={100} style={{ width: '100%' }} /></Form.Item></Col>
          </Row>
          <ProblemAlert error={checklists.error} />
          <div className="form-actions"><Button type="primary" htmlType="submit" loading={create.isPending}>{t('form.save')}</Button></div>
        </Form>
      </Card>
    </>
  );
}

// Empty lists mean no limit; a town office picks among its own town only.
function ScopeFields() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const { towns } = useTowns();
  const townOptions = towns.filter((town) => user.role !== 'town' || town.code === user.scope.regionCode.slice(0, 9)).map((town) => ({ value: town.code, label: town.name }));
  const multi = { mode: 'multiple' as const, allowClear: true, placeholder: t('campaign.scopeAll') };
  return (
    <fieldset className="plan-fields">
      <legend>{t('campaign.scope')}</legend>
      <Typography.Paragraph type="secondary">{t('campaign.scopeHint')}</Typography.Paragraph>
      <Row gutter={12}>
        <Col xs={24} md={12}><Form.Item label={t('campaign.scopeKinds')} name="kinds"><Select {...multi} options={optionsOf(t, 'unitKind', UNIT_KINDS)} /></Form.Item></Col>
        <Col xs={24} md={12}><Form.Item label={t('campaign.scopeSectors')} name="sectors"><Select {...multi} options={optionsOf(t, 'sector', SECTORS)} /></Form.Item></Col>
        <Col xs={24} md={12}><Form.Item label={t('campaign.scopeTags')} name="tags"><Select {...multi} options={optionsOf(t, 'riskTag', RISK_TAGS)} /></Form.Item></Col>
        <Col xs={24} md={12}><Form.Item label={t('campaign.scopeRegions')} name="regionCodes"><Select {...multi} options={townOptions} /></Form.Item></Col>
      </Row>
    </fieldset>
  );
}

// The server names the body's paths; the form shows them on its own fields.
function onFormPaths(failure: unknown): unknown {
  if (!(failure instanceof ApiError) || !failure.problem?.errors) return failure;
  const errors = failure.problem.errors.map((problem) => ({ ...problem, path: campaignFormPath(problem.path) }));
  return new ApiError(failure.status, failure.code, { ...failure.problem, errors });
}
