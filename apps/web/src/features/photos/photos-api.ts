import type { PhotoResponse } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const photosApi = {
  /** Uploads one image (the server checks its type from the content and keeps EXIF time and place). */
  upload: (file: Blob, name: string, unitId?: string | null) => {
    const form = new FormData();
    form.append('file', file, name);
    return apiRequest<PhotoResponse>('/photos', { method: 'POST', body: form, ...(unitId ? { query: { unitId } } : {}) });
  },
  fileUrl: (id: string, variant: 'original' | 'thumbnail' | 'watermarked') => `/api/v1/photos/${id}/file?variant=${variant}`,
};
