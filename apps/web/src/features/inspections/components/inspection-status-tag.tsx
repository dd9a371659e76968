import type { InspectionResponse } from '@safegrid/contracts';
import { Space, Tag } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { inspectionLabel } from '../inspection-labels';

const STATUS_COLOR: Readonly<Record<string, string>> = { in_progress: 'blue', finished: 'green', cancelled: 'default' };

/** State and kind (监管检查 / 企业自查) of an inspection. */
export function InspectionStatusTag({ inspection }: { readonly inspection: Pick<InspectionResponse, 'status' | 'kind'> }) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLOR[inspection.status]}>{inspectionLabel(t, 'inspectionStatus', inspection.status)}</Tag>
      <Tag color={inspection.kind === 'self_inspection' ? 'cyan' : 'geekblue'}>{inspectionLabel(t, 'inspectionKind', inspection.kind)}</Tag>
    </Space>
  );
}
