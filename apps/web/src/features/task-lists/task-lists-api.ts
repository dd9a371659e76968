import type { AddPlanTaskBody, CreateTaskPlanBody, ReportTaskProgressBody, TaskPlanResponse, TaskTableResponse } from '@safegrid/contracts';
import { apiDownload, apiRequest } from '../../shared/api-client';

export const taskListsApi = {
  plans: (signal?: AbortSignal) => apiRequest<TaskPlanResponse[]>('/task-lists', { signal }),
  table: (id: string, signal?: AbortSignal) => apiRequest<TaskTableResponse>(`/task-lists/${id}`, { signal }),
  createPlan: (body: CreateTaskPlanBody) => apiRequest<TaskPlanResponse>('/task-lists', { method: 'POST', body }),
  addTask: ({ planId, body }: { planId: string; body: AddPlanTaskBody }) => apiRequest<TaskTableResponse>(`/task-lists/${planId}/tasks`, { method: 'POST', body }),
  report: ({ taskId, body }: { taskId: string; body: ReportTaskProgressBody }) => apiRequest<null>(`/task-lists/tasks/${taskId}/reports`, { method: 'POST', body }),
  export: (id: string) => apiDownload(`/task-lists/${id}/export`),
};
