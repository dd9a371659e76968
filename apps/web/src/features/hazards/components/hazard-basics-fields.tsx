import { HAZARD_CATEGORIES, HAZARD_CATEGORY_ROUTES, HAZARD_LEVELS, REPORT_SOURCES, ROLES, SECTORS, type HazardCategory, type HazardSource, type Role } from '@safegrid/contracts';
import { Form, Input, Radio, Select } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { optionsOf } from '../../../shared/i18n/labels';

/** What was found: source, level, category, title, description and (without a unit) the sector. */
export function HazardBasicsFields({ sources, sectorRequired }: { readonly sources: readonly HazardSource[]; readonly sectorRequired: boolean }) {
  const t = useT();
  const form = Form.useFormInstance();
  // Without a unit, the category's sector (HAZARD_CATEGORY_ROUTES, the one table) is pre-selected.
  const preselectSector = (category: HazardCategory) => {
    if (!form.getFieldValue('sector')) form.setFieldValue('sector', HAZARD_CATEGORY_ROUTES[category].sector);
  };
  return (
    <>
      <Form.Item name="title" label={t('field.title')} required>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="level" label={t('field.level')} required>
        <Radio.Group optionType="button" options={optionsOf(t, 'hazardLevel', HAZARD_LEVELS)} />
      </Form.Item>
      <Form.Item name="category" label={t('field.category')} required>
        <Select showSearch={{ optionFilterProp: 'label' }} options={optionsOf(t, 'hazardCategory', HAZARD_CATEGORIES)} onChange={(value: HazardCategory) => { if (sectorRequired) preselectSector(value); }} />
      </Form.Item>
      <Form.Item name="source" label={t('field.source')} required>
        <Select options={optionsOf(t, 'hazardSource', sources)} disabled={sources.length === 1} />
      </Form.Item>
      <Form.Item name="sector" label={t('field.sector')} required={sectorRequired} extra={sectorRequired ? undefined : t('report.sectorFromUnit')}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={optionsOf(t, 'sector', SECTORS)} />
      </Form.Item>
      <Form.Item name="description" label={t('field.description')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}

/** The sources a role may report under: core's rule through contracts (the API refuses the others). */
export function reportSourcesOf(role: string): readonly HazardSource[] {
  return (ROLES as readonly string[]).includes(role) ? REPORT_SOURCES[role as Role] : [];
}
