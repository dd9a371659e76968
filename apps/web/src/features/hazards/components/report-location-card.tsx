import { AimOutlined } from '@ant-design/icons';
import type { UnitResponse } from '@safegrid/contracts';
import { App, Button, Card, Form, Select, Space } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { LocationMap } from '../../map/location-map';
import { UnitSelect } from '../../units/components/unit-select';
import { useUnitEquipment } from '../../equipment/use-equipment';
import type { UiMessageKey } from '../../../shared/i18n/messages/zh-cn';

type Point = { lng: number; lat: number };

/**
 * Where the hazard is: a unit of the registry (its place comes with it), a point on the map, or here;
 * once a unit is chosen, optionally which of its registered equipment (电梯、锅炉…) it is about.
 */
export function ReportLocationCard({ location, onLocation, unitLocked, unitId }: {
  readonly location: Point | null;
  readonly onLocation: (point: Point | null) => void;
  readonly unitLocked: boolean;
  readonly unitId: string | undefined;
}) {
  const t = useT();
  const form = Form.useFormInstance();
  const equipment = useUnitEquipment(unitId);
  const items = unitId ? (equipment.data?.items ?? []) : [];
  const { message } = App.useApp();
  const locateMe = () => navigator.geolocation?.getCurrentPosition(
    (position) => onLocation({ lng: position.coords.longitude, lat: position.coords.latitude }),
    () => void message.warning(t('report.noPosition')),
    { enableHighAccuracy: true, timeout: 15_000 },
  );
  return (
    <Card title={t('report.where')}>
      <Form.Item name="unitId" label={t('field.unit')} extra={t('report.unitHint')}>
        <UnitSelect disabled={unitLocked} onUnit={(unit?: UnitResponse) => {
          form.setFieldValue('equipmentId', undefined);
          if (unit) onLocation(unit.location);
        }} />
      </Form.Item>
      {items.length > 0 && (
        <Form.Item name="equipmentId" label={t('field.equipment')}>
          <Select allowClear placeholder={t('equipment.none')} loading={equipment.isFetching}
            options={items.map((item) => ({ value: item.id, label: `${t(`equipment.type.${item.type}` as UiMessageKey)} ${item.registrationCode}（${item.location}）` }))} />
        </Form.Item>
      )}
      <Form.Item label={t('field.location')} extra={location ? t('report.locationValue', { lng: location.lng.toFixed(6), lat: location.lat.toFixed(6) }) : t('report.locationHint')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Button icon={<AimOutlined aria-hidden />} onClick={locateMe}>{t('report.useMyPosition')}</Button>
          <LocationMap point={location} onPick={onLocation} />
        </Space>
      </Form.Item>
    </Card>
  );
}
