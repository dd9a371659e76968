import { describe, expect, it } from 'vitest';
import { channelBody, type ChannelFormValues } from './channel-body';

const values: ChannelFormValues = {
  channel: 'dingtalk', name: ' 区安委办钉钉群 ', regionCode: '320412', sector: '', kinds: [], target: '', secret: '', clearSecret: false, enabled: true,
};

describe('the channel form body', () => {
  it('leaves an empty target and secret out, so a change keeps the stored ones', () => {
    expect(channelBody(values)).toEqual({ channel: 'dingtalk', name: '区安委办钉钉群', regionCode: '320412', sector: null, kinds: [], enabled: true });
  });

  it('sends a new target and secret, trimmed', () => {
    expect(channelBody({ ...values, target: ' https://oapi.dingtalk.com/robot/send?access_token=T ', secret: ' SEC1 ', sector: 'construction', kinds: ['hazard.reported'] }))
      .toMatchObject({ target: 'https://oapi.dingtalk.com/robot/send?access_token=T', secret: 'SEC1', sector: 'construction', kinds: ['hazard.reported'] });
  });

  it('clears the stored secret when asked, whatever was typed', () => {
    expect(channelBody({ ...values, secret: 'typed', clearSecret: true }).secret).toBeNull();
  });
});
