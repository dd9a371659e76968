import { Image } from 'antd';
import { useT } from '../../shared/i18n/i18n';
import { photosApi } from './photos-api';

/** Thumbnails that open the original; the session cookie authorises both. */
export function PhotoStrip({ photoIds, size = 96 }: { readonly photoIds: readonly string[]; readonly size?: number }) {
  const t = useT();
  if (photoIds.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <div className="photo-strip">
        {photoIds.map((id, index) => (
          <Image
            key={id}
            width={size}
            height={size}
            src={photosApi.fileUrl(id, 'thumbnail')}
            preview={{ src: photosApi.fileUrl(id, 'original') }}
            alt={t('photo.alt', { index: index + 1 })}
          />
        ))}
      </div>
    </Image.PreviewGroup>
  );
}
