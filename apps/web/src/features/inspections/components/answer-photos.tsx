import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Image, Space } from 'antd';
import { useRef, useState } from 'react';
import { ProblemAlert } from '../../../shared/components/problem-alert';
import { useT } from '../../../shared/i18n/i18n';
import { fitPhoto } from '../../field/components/fit-photo';
import { photosApi } from '../../photos/photos-api';
import { CameraInput } from '../../photos/camera-input';

/** Uploads chosen photos one after another (large ones scaled down first) and appends their ids. */
function usePhotoUploads(onAdd: (ids: string[]) => void) {
  const [uploading, setUploading] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const upload = async (files: File[]) => {
    setError(null);
    setUploading(files.length);
    try {
      const ids: string[] = [];
      for (const file of files) {
        const fitted = await fitPhoto(file);
        ids.push((await photosApi.upload(fitted.blob, fitted.name)).id);
      }
      onAdd(ids);
    } catch (failure) {
      setError(failure);
    } finally {
      setUploading(0);
    }
  };
  return { upload, uploading, error, setError };
}

/**
 * Photos of one answer: taken with the phone's camera (or chosen), uploaded at once, held by id.
 * Already saved photos show as thumbnails that can be removed from the answer.
 */
export interface AnswerPhotosProps {
  readonly value: readonly string[];
  readonly onAdd: (ids: string[]) => void;
  readonly onRemove: (id: string) => void;
  readonly label: string;
  readonly testId: string;
  readonly disabled?: boolean;
}

export function AnswerPhotos({ value, onAdd, onRemove, label, testId, disabled }: AnswerPhotosProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const { upload, uploading, error, setError } = usePhotoUploads(onAdd);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <CameraInput ref={input} label={label} testId={testId} onFiles={(chosen) => void upload(chosen)} />
      <Button icon={<CameraOutlined aria-hidden />} onClick={() => input.current?.click()} loading={uploading > 0} disabled={disabled}>{label}</Button>
      <ProblemAlert error={error} onClose={() => setError(null)} />
      {value.length > 0 && (
        <Image.PreviewGroup>
          <div className="photo-strip">
            {value.map((id, index) => (
              <div key={id} className="photo-preview">
                <Image width={72} height={72} src={photosApi.fileUrl(id, 'thumbnail')} preview={{ src: photosApi.fileUrl(id, 'original') }} alt={t('photo.alt', { index: index + 1 })} />
                {!disabled && (
                  <Button size="small" shape="circle" icon={<DeleteOutlined aria-hidden />} aria-label={t('photo.remove', { index: index + 1 })} onClick={() => onRemove(id)} />
                )}
              </div>
            ))}
          </div>
        </Image.PreviewGroup>
      )}
    </Space>
  );
}
