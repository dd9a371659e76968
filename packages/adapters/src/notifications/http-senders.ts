import type { OutboundMessage } from '@safegrid/core';
import { dingtalkBody, dingtalkSignedUrl, webhookSignature, wecomBody } from './robot-messages.js';

export interface HttpSenderOptions {
  /** Milliseconds before a call is given up (default 10 s); the delivery job then retries. */
  readonly timeoutMs?: number;
  readonly now?: () => number;
}

async function postJson(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body, signal: AbortSignal.timeout(timeoutMs) });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${new URL(url).host}: ${text.slice(0, 200)}`);
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return {};
  }
}

/** WeCom and DingTalk answer HTTP 200 with `errcode` ≠ 0 when they refuse a message. */
function checkRobotAnswer(answer: unknown, robot: string): void {
  const { errcode, errmsg } = (answer ?? {}) as { errcode?: number; errmsg?: string };
  if (errcode !== undefined && errcode !== 0) throw new Error(`${robot} refused the message: errcode ${errcode} ${errmsg ?? ''}`.trim());
}

/**
 * The HTTP channels: WeCom robot, DingTalk robot (signed when it has a secret) and our generic
 * webhook (`X-SafeGrid-Timestamp`, `X-SafeGrid-Signature`). Each throws on a refusal so that the
 * delivery job retries with backoff.
 */
export function createHttpSenders(options: HttpSenderOptions = {}) {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = options.now ?? Date.now;
  return {
    async wecom(url: string, message: OutboundMessage): Promise<void> {
      checkRobotAnswer(await postJson(url, JSON.stringify(wecomBody(message)), {}, timeoutMs), 'WeCom');
    },
    async dingtalk(url: string, secret: string | null, message: OutboundMessage): Promise<void> {
      const target = secret ? dingtalkSignedUrl(url, secret, now()) : url;
      checkRobotAnswer(await postJson(target, JSON.stringify(dingtalkBody(message)), {}, timeoutMs), 'DingTalk');
    },
    async webhook(url: string, secret: string | null, message: OutboundMessage): Promise<void> {
      const timestamp = String(Math.floor(now() / 1000));
      const body = JSON.stringify({ kind: message.kind, title: message.title, text: message.text, link: message.link, sentAt: new Date(now()).toISOString() });
      const headers: Record<string, string> = { 'x-safegrid-timestamp': timestamp };
      if (secret) headers['x-safegrid-signature'] = webhookSignature(timestamp, body, secret);
      await postJson(url, body, headers, timeoutMs);
    },
  };
}
