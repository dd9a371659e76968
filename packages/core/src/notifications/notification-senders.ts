/** A message as the outside channels carry it: a title, plain text, markdown and a link back. */
export interface OutboundMessage {
  readonly kind: string;
  readonly title: string;
  readonly text: string;
  /** Absolute URL of the object in the web app, when the public address is configured. */
  readonly link: string | null;
}

/**
 * The outside channels (ports; packages/adapters implements them, platform composes them). Each
 * call throws when the other side did not accept the message, so the delivery job retries.
 */
export interface NotificationSenders {
  /** Whether an SMTP server is configured: without one, people's own addresses get no mail deliveries. */
  readonly mailConfigured: boolean;
  /** 企业微信 group robot: `url` is the webhook with its key. */
  wecom(url: string, message: OutboundMessage): Promise<void>;
  /** 钉钉 group robot: `url` with its access token; `secret` signs the call when the robot requires it. */
  dingtalk(url: string, secret: string | null, message: OutboundMessage): Promise<void>;
  /** Any platform: JSON with a timestamp and an HMAC-SHA256 signature over it when `secret` is set. */
  webhook(url: string, secret: string | null, message: OutboundMessage): Promise<void>;
  email(to: readonly string[], message: OutboundMessage): Promise<void>;
  /** No SMS provider is reachable: the only implementation logs what it would send. */
  sms(phones: readonly string[], message: OutboundMessage): Promise<void>;
}

/** Outside channels refused: what core uses when platform composed none (tests of other parts). */
export const NO_NOTIFICATION_SENDERS: NotificationSenders = {
  mailConfigured: false,
  wecom: () => Promise.reject(new Error('no WeCom sender configured')),
  dingtalk: () => Promise.reject(new Error('no DingTalk sender configured')),
  webhook: () => Promise.reject(new Error('no webhook sender configured')),
  email: () => Promise.reject(new Error('no SMTP server configured (SAFEGRID_SMTP_URL)')),
  sms: () => Promise.reject(new Error('no SMS sender configured')),
};
