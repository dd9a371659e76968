import type { HazardAction, HazardResponse } from '@safegrid/contracts';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../shared/i18n/i18n';
import { labelOf } from '../../../shared/i18n/labels';
import { ActionDialog } from './action-dialog';

// The first action of a state is the usual next step.
const PRIMARY: readonly HazardAction[] = ['assign', 'submit', 'close', 'review'];
const DANGER: readonly HazardAction[] = ['dismiss', 'return'];

/** Only the actions this user may take in this state, as the server computed them. */
export function HazardActionBar({ hazard }: { readonly hazard: HazardResponse }) {
  const t = useT();
  const [open, setOpen] = useState<HazardAction | null>(null);
  if (hazard.availableActions.length === 0) {
    return <Typography.Text type="secondary">{t('action.none')}</Typography.Text>;
  }
  return (
    <>
      <Space wrap>
        {hazard.availableActions.map((action) => (
          <Button key={action} type={PRIMARY.includes(action) ? 'primary' : 'default'} danger={DANGER.includes(action)} onClick={() => setOpen(action)}>
            {labelOf(t, 'hazardAction', action)}
          </Button>
        ))}
      </Space>
      {open && <ActionDialog hazard={hazard} action={open} onClose={() => setOpen(null)} />}
    </>
  );
}
