import { CHANNELS, DELIVERY_STATUSES, JOB_KINDS, NOTIFICATION_KINDS } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { EN_UI } from './messages/en';
import { NOTIFICATIONS_EN } from './messages/notifications.en';
import { NOTIFICATIONS_ZH_CN } from './messages/notifications.zh-cn';
import { ZH_CN_UI } from './messages/zh-cn';

describe('the notification catalogues', () => {
  it('name every notification kind, channel, delivery status and job kind in both languages, spread into the app’s catalogues', () => {
    const keys = [
      ...NOTIFICATION_KINDS.map((kind) => `notification.kind.${kind}`),
      ...CHANNELS.map((channel) => `enum.channel.${channel}`),
      ...DELIVERY_STATUSES.map((status) => `enum.deliveryStatus.${status}`),
    ];
    for (const catalogue of [NOTIFICATIONS_ZH_CN, NOTIFICATIONS_EN, ZH_CN_UI, EN_UI]) expect(keys.filter((key) => !(key in catalogue))).toEqual([]);
    for (const catalogue of [ZH_CN_UI, EN_UI]) expect(JOB_KINDS.filter((kind) => !(`job.kind.${kind}` in catalogue))).toEqual([]);
    expect(ZH_CN_UI['notification.kind.hazard.reported']).toBe('新上报隐患');
    expect(EN_UI['nav.notificationChannels']).toBe('Notification channels');
  });
});
