import type { NotificationLink } from './notification.js';

/** The web app's paths of the duty features' links (ADR 0082). */
export const DUTY_LINK_PATHS: Readonly<Record<Exclude<NotificationLink['type'], 'hazard' | 'campaign' | 'tenant_review' | 'report'>, (id: string) => string>> = {
  incident: (id) => `/incidents/${id}`,
  // Addressees acknowledge on the banner every page carries; the home page is where everyone lands.
  warning: () => '/',
  task_list: () => '/task-lists',
  duty: () => '/duty',
};
