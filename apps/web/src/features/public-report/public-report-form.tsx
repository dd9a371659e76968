import { AimOutlined, CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { PUBLIC_REPORT_CATEGORY_CODES, PUBLIC_REPORT_HONEYPOT_FIELD, PUBLIC_REPORT_LIMITS } from '@safegrid/contracts';
import { App, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useT } from '../../shared/i18n/i18n';
import { PublicMap } from './public-map';
import { shrinkPhoto } from './shrink-photo';

type Point = { lng: number; lat: number };

export interface PublicReportDraft {
  readonly category: string;
  readonly description: string;
  readonly reporterName?: string;
  readonly reporterPhone?: string;
  readonly website?: string;
  readonly location: Point;
  readonly photos: readonly Blob[];
}

/** The fields of a public report, phone first: what, where (position or map), photos, optional contact. */
export function PublicReportForm({ busy, onReady }: { readonly busy: boolean; readonly onReady: (draft: PublicReportDraft) => void }) {
  const t = useT();
  const [location, setLocation] = useState<Point | null>(null);
  const [photos, setPhotos] = useState<Blob[]>([]);
  const [locationMissing, setLocationMissing] = useState(false);
  const pick = (point: Point) => {
    setLocation(point);
    setLocationMissing(false);
  };
  const finish = (values: Omit<PublicReportDraft, 'location' | 'photos'>) => {
    if (!location) {
      setLocationMissing(true);
      return;
    }
    onReady({ ...values, location, photos });
  };
  return (
    <Form layout="vertical" requiredMark={false} onFinish={finish} name="public-report">
      <Card className="section-card-first">
        <Form.Item name="category" label={t('public.category')} rules={[{ required: true, message: t('form.required') }]}>
          <Radio.Group className="public-categories" options={PUBLIC_REPORT_CATEGORY_CODES.map((code) => ({ value: code, label: t(`public.category.${code}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('public.description')} rules={[{ required: true, min: PUBLIC_REPORT_LIMITS.descriptionMin, message: t('form.required') }]}>
          <Input.TextArea rows={4} maxLength={PUBLIC_REPORT_LIMITS.descriptionMax} showCount placeholder={t('public.descriptionPlaceholder')} />
        </Form.Item>
        <PhotoPicker photos={photos} onPhotos={setPhotos} />
      </Card>
      <LocationCard location={location} missing={locationMissing} onPick={pick} />
      <Card title={t('public.contact')} className="section-card">
        <Form.Item name="reporterName" label={t('public.name')}><Input maxLength={PUBLIC_REPORT_LIMITS.nameMax} autoComplete="name" /></Form.Item>
        <Form.Item name="reporterPhone" label={t('public.phone')} rules={[{ pattern: /^1[3-9]\d{9}$/, message: t('public.phoneFormat') }]}>
          <Input inputMode="tel" maxLength={11} autoComplete="tel" />
        </Form.Item>
        <div className="public-honeypot" aria-hidden="true">
          <Form.Item name={PUBLIC_REPORT_HONEYPOT_FIELD} label={t('public.honeypot')}><Input tabIndex={-1} autoComplete="off" /></Form.Item>
        </div>
      </Card>
      <Button type="primary" htmlType="submit" size="large" block loading={busy} className="section-card">{t('public.submit')}</Button>
    </Form>
  );
}

/** Up to four photos, each shrunk and stripped of EXIF on the phone before it is sent. */
function PhotoPicker({ photos, onPhotos }: { readonly photos: readonly Blob[]; readonly onPhotos: (photos: Blob[]) => void }) {
  const t = useT();
  const fileInput = useRef<HTMLInputElement>(null);
  const urls = useMemo(() => photos.map((photo) => URL.createObjectURL(photo)), [photos]);
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  const addPhotos = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])].slice(0, PUBLIC_REPORT_LIMITS.maxPhotos - photos.length);
    event.target.value = '';
    const shrunk = await Promise.all(files.map(shrinkPhoto));
    onPhotos([...photos, ...shrunk].slice(0, PUBLIC_REPORT_LIMITS.maxPhotos));
  };
  return (
    <Form.Item label={t('public.photos', { max: PUBLIC_REPORT_LIMITS.maxPhotos })} extra={t('public.photosHint')}>
      <Space wrap>
        {urls.map((url, index) => (
          <div key={url} className="public-photo">
            <img src={url} alt={`${index + 1}`} />
            <Button size="small" type="text" icon={<DeleteOutlined aria-hidden />} aria-label={t('public.removePhoto')}
              onClick={() => onPhotos(photos.filter((_, at) => at !== index))} />
          </div>
        ))}
        {photos.length < PUBLIC_REPORT_LIMITS.maxPhotos && (
          <Button icon={<CameraOutlined aria-hidden />} onClick={() => fileInput.current?.click()}>{t('public.addPhoto')}</Button>
        )}
      </Space>
      <input ref={fileInput} type="file" accept="image/*" multiple style={{ display: 'none' }} data-testid="public-photo-input" onChange={(event) => void addPhotos(event)} />
    </Form.Item>
  );
}

/** Where: the phone's position, or a tap on the map. */
function LocationCard({ location, missing, onPick }: { readonly location: Point | null; readonly missing: boolean; readonly onPick: (point: Point) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const pick = onPick;
  const locateMe = () => navigator.geolocation?.getCurrentPosition(
    (position) => pick({ lng: Number(position.coords.longitude.toFixed(6)), lat: Number(position.coords.latitude.toFixed(6)) }),
    () => void message.warning(t('public.noPosition')),
    { enableHighAccuracy: true, timeout: 15_000 },
  );
  return (
    <Card title={t('public.location')} className="section-card">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Button icon={<AimOutlined aria-hidden />} onClick={locateMe}>{t('public.useMyPosition')}</Button>
        <Typography.Text type={missing ? 'danger' : 'secondary'} data-testid="public-location">
          {location ? t('public.locationValue', { lng: location.lng.toFixed(5), lat: location.lat.toFixed(5) }) : missing ? t('public.locationMissing') : t('public.mapHint')}
        </Typography.Text>
        <PublicMap point={location} onPick={pick} />
      </Space>
    </Card>
  );
}
