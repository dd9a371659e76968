import { AimOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../../shared/i18n/i18n';

export interface Position {
  readonly lng: number;
  readonly lat: number;
  readonly accuracy: number;
}

/** The phone's GPS position (WGS-84), asked for when the page opens and on demand. */
export function PositionField({ value, onChange }: { readonly value?: Position | null; readonly onChange?: (position: Position | null) => void }) {
  const t = useT();
  const [state, setState] = useState<'locating' | 'ok' | 'failed'>(value ? 'ok' : 'locating');
  // On open a fix from the last minute will do; a tap on 重新定位 asks for a fresh one.
  const locate = useCallback((fresh: boolean) => {
    if (!navigator.geolocation) {
      setState('failed');
      return;
    }
    setState('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        onChange?.({ lng: position.coords.longitude, lat: position.coords.latitude, accuracy: Math.round(position.coords.accuracy) });
        setState('ok');
      },
      () => setState('failed'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: fresh ? 0 : 60_000 },
    );
  }, [onChange]);
  useEffect(() => {
    if (!value) locate(false);
    // Ask once on open; later only when the user taps.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- once on mount by design
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {value && <Typography.Text data-testid="position">{t('position.value', { lng: value.lng.toFixed(6), lat: value.lat.toFixed(6), accuracy: value.accuracy })}</Typography.Text>}
      {state === 'locating' && <Typography.Text type="secondary">{t('position.locating')}</Typography.Text>}
      {state === 'failed' && <Alert type="warning" showIcon title={t('position.failed')} />}
      <Button icon={<AimOutlined aria-hidden />} onClick={() => locate(true)} loading={state === 'locating'}>{t('position.again')}</Button>
    </Space>
  );
}
