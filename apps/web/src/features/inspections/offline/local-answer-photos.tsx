import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Image, Space } from 'antd';
import { createContext, useContext, useEffect, useMemo, useRef } from 'react';
import { useT } from '../../../shared/i18n/i18n';
import { fitPhoto } from '../../field/components/fit-photo';
import type { AnswerPhotosProps } from '../components/answer-photos';
import { isLocalPhoto, LOCAL_PHOTO_PREFIX, type QueuedPhoto } from './queued-inspection';
import { photosApi } from '../../photos/photos-api';
import { CameraInput } from '../../photos/camera-input';

/** The photos of an inspection done offline, and how to keep a new one with it. */
export interface LocalPhotos {
  readonly photos: Readonly<Record<string, QueuedPhoto>>;
  keep(photos: Readonly<Record<string, QueuedPhoto>>): void;
}

export const LocalPhotosContext = createContext<LocalPhotos | null>(null);

/** Object URLs of the kept photos, released when they are no longer shown. */
function usePhotoUrls(keys: readonly string[], photos: LocalPhotos['photos']): ReadonlyMap<string, string> {
  const urls = useMemo(() => new Map(keys.flatMap((key) => {
    const photo = photos[key];
    return photo ? [[key, URL.createObjectURL(photo.blob)] as const] : [];
  })), [keys, photos]);
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  return urls;
}

/**
 * Photos of one answer without signal: taken (scaled down as online), kept on the phone with the
 * inspection and uploaded when it syncs, as 现场上报 does with its photos.
 */
export function LocalAnswerPhotos({ value, onAdd, onRemove, label, testId, disabled }: AnswerPhotosProps) {
  const t = useT();
  const local = useContext(LocalPhotosContext);
  const input = useRef<HTMLInputElement>(null);
  const urls = usePhotoUrls(value, local?.photos ?? {});
  const take = async (files: File[]) => {
    if (!local) return;
    const taken: Record<string, QueuedPhoto> = {};
    for (const file of files) {
      const fitted = await fitPhoto(file);
      taken[`${LOCAL_PHOTO_PREFIX}${crypto.randomUUID()}`] = { name: fitted.name, blob: fitted.blob, photoId: null };
    }
    local.keep(taken);
    onAdd(Object.keys(taken));
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <CameraInput ref={input} label={label} testId={testId} onFiles={(chosen) => void take(chosen)} />
      <Button icon={<CameraOutlined aria-hidden />} onClick={() => input.current?.click()} disabled={disabled}>{label}</Button>
      {value.length > 0 && (
        <div className="photo-strip">
          {value.map((key, index) => (
            <div key={key} className="photo-preview">
              {/* A photo of an inspection begun online is already on the server (shown if the phone has it cached). */}
              <Image width={72} height={72} src={isLocalPhoto(key) ? urls.get(key) : photosApi.fileUrl(key, 'thumbnail')} alt={t('photo.alt', { index: index + 1 })} />
              {!disabled && <Button size="small" shape="circle" icon={<DeleteOutlined aria-hidden />} aria-label={t('photo.remove', { index: index + 1 })} onClick={() => onRemove(key)} />}
            </div>
          ))}
        </div>
      )}
    </Space>
  );
}
