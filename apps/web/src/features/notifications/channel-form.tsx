import { CHANNELS, NOTIFICATION_KINDS, SECTORS, type Channel, type ChannelEndpointResponse } from '@safegrid/contracts';
import { Checkbox, Form, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../shared/api-client';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { labelOf } from '../../shared/i18n/labels';
import { useTowns } from '../regions/use-regions';
import { channelBody, type ChannelFormValues } from './channel-body';
import { kindLabel } from './notification-kinds';
import { useSaveChannel } from './use-notifications';

const URL_CHANNELS: readonly Channel[] = ['wecom', 'dingtalk', 'webhook'];

type Values = ChannelFormValues;

/**
 * Adds or changes a channel endpoint. The stored target and secret are never shown: the fields
 * start empty, and an empty field on a change keeps what is stored.
 */
export function ChannelForm({ endpoint, districtCode, onClose }: { readonly endpoint: ChannelEndpointResponse | null; readonly districtCode: string; readonly onClose: () => void }) {
  const t = useT();
  const { towns } = useTowns();
  const save = useSaveChannel();
  const [form] = Form.useForm<Values>();
  const [channel, setChannel] = useState<Channel>(endpoint?.channel ?? 'wecom');
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldMessages() : {};
  const initial: Values = {
    channel: endpoint?.channel ?? 'wecom', name: endpoint?.name ?? '', regionCode: endpoint?.regionCode ?? districtCode, sector: endpoint?.sector ?? '',
    kinds: endpoint ? [...endpoint.kinds] : [], target: '', secret: '', clearSecret: false, enabled: endpoint?.enabled ?? true,
  };
  const submit = (values: Values) => save.mutate({ id: endpoint?.id ?? null, body: channelBody(values) }, { onSuccess: onClose });
  const problem = (path: string) => (fieldErrors[path] ? { validateStatus: 'error' as const, help: fieldErrors[path] } : {});
  return (
    <Modal open title={endpoint ? t('channel.edit') : t('channel.add')} okText={t('channel.save')} cancelText={t('channel.cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit} onValuesChange={(changed: Partial<Values>) => changed.channel && setChannel(changed.channel)}>
        <Form.Item name="channel" label={t('channel.channel')}>
          <Select options={CHANNELS.map((value) => ({ value, label: t(`enum.channel.${value}` as UiMessageKey) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('channel.name')} rules={[{ required: true, message: t('channel.name') }]} {...problem('/name')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="regionCode" label={t('channel.region')} {...problem('/regionCode')}>
          <Select options={[{ value: districtCode, label: t('channel.wholeDistrict') }, ...towns.map((town) => ({ value: town.code, label: town.name }))]} />
        </Form.Item>
        <Form.Item name="sector" label={t('channel.sector')}>
          <Select options={[{ value: '', label: t('channel.allSectors') }, ...SECTORS.map((value) => ({ value, label: labelOf(t, 'sector', value) }))]} />
        </Form.Item>
        <Form.Item name="kinds" label={t('channel.kinds')} extra={t('channel.allKinds')}>
          <Checkbox.Group options={NOTIFICATION_KINDS.map((value) => ({ value, label: kindLabel(t, value) }))} />
        </Form.Item>
        <Form.Item
          name="target"
          label={t('channel.target')}
          extra={endpoint?.targetSet ? t('channel.targetKeep') : URL_CHANNELS.includes(channel) ? t('channel.targetHelp.url') : t('channel.targetHelp.list')}
          rules={endpoint ? [] : [{ required: true, message: t('channel.target') }]}
          {...problem('/target')}
        >
          <Input.Password autoComplete="off" visibilityToggle={!endpoint} placeholder={endpoint?.targetSet ? t('channel.targetSet') : ''} />
        </Form.Item>
        {(channel === 'dingtalk' || channel === 'webhook') && (
          <>
            <Form.Item name="secret" label={t('channel.secret')} extra={t('channel.secretHelp')}>
              <Input.Password autoComplete="off" placeholder={endpoint?.secretSet ? t('channel.targetSet') : t('channel.notSet')} />
            </Form.Item>
            {endpoint?.secretSet && <Form.Item name="clearSecret" valuePropName="checked"><Checkbox>{t('channel.secretClear')}</Checkbox></Form.Item>}
          </>
        )}
        <Form.Item name="enabled" label={t('channel.enabled')} valuePropName="checked"><Switch /></Form.Item>
        <ProblemAlert error={save.error} />
      </Form>
    </Modal>
  );
}
