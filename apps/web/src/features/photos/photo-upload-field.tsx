import { CameraOutlined } from '@ant-design/icons';
import { Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useErrorText } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import { photosApi } from './photos-api';

/**
 * Photos uploaded as soon as they are chosen; the form holds their ids (the API links them to the
 * hazard). On a phone the picker offers the camera.
 */
export function PhotoUploadField({ value = [], onChange, id, max = 20, unitId }: {
  /** The unit the photos are evidence for: named in their watermark (ADR 0087). */
  readonly unitId?: string | null;
  readonly value?: string[];
  readonly onChange?: (ids: string[]) => void;
  readonly id?: string;
  readonly max?: number;
}) {
  const t = useT();
  const errorText = useErrorText();
  const [files, setFiles] = useState<UploadFile[]>([]);
  return (
    <Upload
      id={id}
      accept="image/jpeg,image/png,image/webp"
      listType="picture"
      fileList={files}
      maxCount={max}
      customRequest={({ file, onSuccess, onError }) => {
        photosApi.upload(file as Blob, (file as File).name ?? 'photo.jpg', unitId).then(
          (photo) => onSuccess?.(photo),
          (error: unknown) => onError?.(new Error(errorText(error))),
        );
      }}
      onChange={({ fileList }) => {
        setFiles(fileList);
        const ids = fileList.filter((file) => file.status === 'done').map((file) => (file.response as { id: string }).id);
        if (ids.join() !== value.join()) onChange?.(ids);
      }}
      onRemove={() => true}
    >
      <Button icon={<CameraOutlined aria-hidden />}>{t('photo.add')}</Button>
    </Upload>
  );
}
