import type { JobListQuery, JobListResponse, JobResponse, RunJobBody } from '@safegrid/contracts';
import { apiRequest } from '../../shared/api-client';

export const jobsApi = {
  list: (query: JobListQuery, signal?: AbortSignal) => apiRequest<JobListResponse>('/jobs', { query: { ...query }, signal }),
  run: (body: RunJobBody) => apiRequest<JobResponse>('/jobs', { method: 'POST', body }),
  retry: (id: string) => apiRequest<JobResponse>(`/jobs/${id}/retry`, { method: 'POST' }),
};
