import type { ChecklistItem } from '@safegrid/contracts';
import { Table, Tag, Typography } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { labelOf } from '../../../shared/i18n/labels';
import { LegalBasis } from '../../inspections/components/legal-basis';
import { sectionsOf } from '../../inspections/inspection-draft';
import { ApplicabilityTags } from './applicability-tags';

/** A checklist's items grouped by section: the check, its legal basis, level, category and applicability. */
export function ChecklistItemsTable({ items }: { readonly items: readonly ChecklistItem[] }) {
  const t = useT();
  const sections = sectionsOf(items, items.map((item) => item.id));
  return (
    <>
      {sections.map((section) => (
        <section key={section.section} aria-label={section.section} className="answer-section">
          <Typography.Title level={5}>{section.section}</Typography.Title>
          <Table<ChecklistItem>
            rowKey="id"
            size="small"
            pagination={false}
            className="checklist-items"
            scroll={{ x: 800 }}
            dataSource={[...section.items]}
            columns={[
              { key: 'id', title: t('checklist.itemId'), dataIndex: 'id', width: 130 },
              { key: 'text', title: t('checklist.itemText'), dataIndex: 'text' },
              { key: 'finding', title: t('checklist.finding'), width: '22%', render: (_, item) => item.finding || <Typography.Text type="secondary">—</Typography.Text> },
              { key: 'legalBasis', title: t('inspection.legalBasis'), width: '28%', render: (_, item) => <LegalBasis citations={item.legalBasis} /> },
              { key: 'level', title: t('checklist.level'), width: 100, render: (_, item) => <Tag color={item.hazardLevel === 'major' ? 'magenta' : 'orange'}>{labelOf(t, 'hazardLevel', item.hazardLevel)}</Tag> },
              { key: 'category', title: t('checklist.category'), width: 110, render: (_, item) => labelOf(t, 'hazardCategory', item.category) },
              { key: 'appliesTo', title: t('checklist.itemApplies'), width: 160, render: (_, item) => <ApplicabilityTags appliesTo={item.appliesTo} /> },
            ]}
          />
        </section>
      ))}
    </>
  );
}
