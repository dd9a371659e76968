import type { JobListQuery, JobListResponse, JobResponse } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const jobsApi = {
  list: (query: JobListQuery, signal?: AbortSignal) => apiRequest<JobListResponse>('/jobs', { query: { ...query }, signal }),
  retry: (id: string) => apiRequest<JobResponse>(`/jobs/${id}/retry`, { method: 'POST' }),
};
