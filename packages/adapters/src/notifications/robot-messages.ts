import { createHmac } from 'node:crypto';
import type { OutboundMessage } from '@safegrid/core';

/** Markdown for the robots: a bold title, the text, and a link back to the web app when known. */
export function robotMarkdown(message: OutboundMessage, titleLine = true): string {
  const lines = [titleLine ? `**${message.title}**` : null, message.text, message.link ? `[查看详情](${message.link})` : null];
  return lines.filter((line): line is string => line !== null).join('\n\n');
}

/**
 * 企业微信 group robot body: `{msgtype: 'markdown', markdown: {content}}` posted to the robot's
 * webhook URL (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…). WeCom's markdown caps
 * content at 4096 bytes, so long text is cut.
 */
export function wecomBody(message: OutboundMessage): { msgtype: 'markdown'; markdown: { content: string } } {
  let content = robotMarkdown(message);
  while (Buffer.byteLength(content) > 4096) content = `${content.slice(0, content.length - 64)}…`;
  return { msgtype: 'markdown', markdown: { content } };
}

/** 钉钉 group robot body: `{msgtype: 'markdown', markdown: {title, text}}`; the title shows in the chat list. */
export function dingtalkBody(message: OutboundMessage): { msgtype: 'markdown'; markdown: { title: string; text: string } } {
  return { msgtype: 'markdown', markdown: { title: message.title, text: `#### ${message.title}\n\n${robotMarkdown(message, false)}` } };
}

/**
 * DingTalk's signature for a robot with 加签: HMAC-SHA256 with the secret as key over
 * `${timestamp}\n${secret}`, base64, then URL-encoded into the `sign` query parameter next to
 * `timestamp` (milliseconds). DingTalk refuses a timestamp more than an hour away from its clock.
 */
export function dingtalkSign(timestamp: number, secret: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
}

export function dingtalkSignedUrl(url: string, secret: string, timestamp: number): string {
  const signed = new URL(url);
  signed.searchParams.set('timestamp', String(timestamp));
  signed.searchParams.set('sign', dingtalkSign(timestamp, secret));
  return signed.toString();
}

/** Our own webhook's signature: HMAC-SHA256 hex of `${timestamp}.${body}` with the endpoint's secret. */
export function webhookSignature(timestamp: string, body: string, secret: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}
