import { findingOf, type ChecklistItem, type InspectionResponse } from '@safegrid/contracts';
import { List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../shared/i18n/i18n';
import { labelOf } from '../../../shared/i18n/labels';

/** The hazards a finished inspection produced, each linked, titled with its finding and the item it came from. */
export function FinishedHazards({ inspection, items }: { readonly inspection: InspectionResponse; readonly items: readonly ChecklistItem[] }) {
  const t = useT();
  const byId = new Map(items.map((item) => [item.id, item]));
  const found = inspection.answers.filter((answer) => answer.hazardId);
  if (found.length === 0) return <Typography.Paragraph>{t('inspection.finishedNoHazards')}</Typography.Paragraph>;
  return (
    <>
      <Typography.Paragraph>{t('inspection.finishedHazards', { count: found.length })}</Typography.Paragraph>
      <List
        size="small"
        bordered
        data-testid="created-hazards"
        dataSource={found}
        renderItem={(answer) => {
          const item = byId.get(answer.itemId);
          return (
            <List.Item extra={<Link to={`/hazards/${answer.hazardId ?? ''}`}>{t('inspection.hazardLink')}</Link>}>
              <List.Item.Meta
                title={item ? findingOf(item) : answer.itemId}
                description={
                  <>
                    {item && <Tag color={item.hazardLevel === 'major' ? 'magenta' : 'orange'}>{labelOf(t, 'hazardLevel', item.hazardLevel)}</Tag>}
                    {item && <Typography.Text type="secondary">{item.id}</Typography.Text>}
                    {answer.fixedOnSite && <Tag color="green">{t('inspection.fixedClosed')}</Tag>}
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
    </>
  );
}
