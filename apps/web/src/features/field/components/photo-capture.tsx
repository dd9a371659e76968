import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../../../shared/i18n/i18n';
import { fitPhoto } from './fit-photo';
import { CameraInput } from '../../photos/camera-input';

export interface CapturedPhoto {
  readonly name: string;
  readonly blob: Blob;
}

/** The phone camera (or gallery): photos are kept as files until the report is sent. */
export function PhotoCapture({ value = [], onChange, id }: {
  readonly value?: readonly CapturedPhoto[];
  readonly onChange?: (photos: CapturedPhoto[]) => void;
  readonly id?: string;
}) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const previews = useMemo(() => value.map((photo) => URL.createObjectURL(photo.blob)), [value]);
  useEffect(() => () => previews.forEach((url) => URL.revokeObjectURL(url)), [previews]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <CameraInput
        ref={input}
        id={id}
        testId="photo-input"
        onFiles={(chosen) => void Promise.all(chosen.map(fitPhoto)).then((photos) => onChange?.([...value, ...photos].slice(0, 20)))}
      />
      <Button size="large" block icon={<CameraOutlined aria-hidden />} onClick={() => input.current?.click()}>{t('photo.take')}</Button>
      <div className="photo-strip">
        {previews.map((url, index) => (
          <div key={url} className="photo-preview">
            <img src={url} width={88} height={88} alt={t('photo.alt', { index: index + 1 })} />
            <Button size="small" shape="circle" icon={<DeleteOutlined aria-hidden />} aria-label={t('photo.remove', { index: index + 1 })} onClick={() => onChange?.(value.filter((_, kept) => kept !== index))} />
          </div>
        ))}
      </div>
    </Space>
  );
}
