import type { OUTBOX_ZH_CN } from './outbox.zh-cn';

/** The phone's outbox (waiting to sync): reports and inspections made offline, synced once (ADR 0094). */
export const OUTBOX_EN: Record<keyof typeof OUTBOX_ZH_CN, string> = {
  'outbox.title': 'Waiting to upload',
  'outbox.empty': 'Nothing waiting to upload',
  'outbox.waiting': '{count} reports waiting to upload',
  'outbox.syncing': 'Uploading',
  'outbox.syncNow': 'Upload now',
  'outbox.pending': 'Waiting',
  'outbox.failed': 'Refused',
  'outbox.retry': 'Try again',
  'outbox.discard': 'Delete',
  'outbox.photos': '{count} photos',
  'outbox.delivered': 'Reported. Open the record',
  'outbox.queuedOnline': 'Saved, uploading now',
  'outbox.queuedOffline': 'Saved on this phone; it uploads once you are online',
  'outbox.waitingAll': '{count} waiting to sync',
  'outbox.inspection': 'Inspection: {unit}',
  'outbox.inspectionAnswers': '{answered}/{total} answered · {count} photos',
  'outbox.inspectionDelivered': 'Inspection synced. Open the record',
};
