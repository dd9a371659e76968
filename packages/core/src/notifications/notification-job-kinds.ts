/** Job kinds of notifications, apart from their definitions so hazards can enqueue without importing them. */
export const FAN_OUT_JOB_KIND = 'notifications.fan-out';
export const DELIVER_JOB_KIND = 'notifications.deliver';
