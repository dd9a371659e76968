import type { Channel, ChannelEndpointBody, NotificationKind, Sector } from '@safegrid/contracts';

/** What the channel form holds. Target and secret start empty: the stored ones are never sent to the browser. */
export interface ChannelFormValues {
  channel: Channel;
  name: string;
  regionCode: string;
  sector: Sector | '';
  kinds: NotificationKind[];
  target: string;
  secret: string;
  clearSecret: boolean;
  enabled: boolean;
}

/**
 * The request body of the channel form. An empty target or secret is left out, so a change keeps
 * the stored one (write-only fields, ADR 0065); "clear the secret" sends null.
 */
export function channelBody(values: ChannelFormValues): ChannelEndpointBody {
  const target = values.target.trim();
  const secret = values.secret.trim();
  return {
    channel: values.channel, name: values.name.trim(), regionCode: values.regionCode, sector: values.sector || null, kinds: values.kinds, enabled: values.enabled,
    ...(target ? { target } : {}),
    ...(values.clearSecret ? { secret: null } : secret ? { secret } : {}),
  };
}
