import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '@safegrid/core';
import { createHttpSenders } from './http-senders.js';
import { dingtalkSign, webhookSignature } from './robot-messages.js';
import { createSmtpMailer } from './smtp-mailer.js';

interface Received {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

const message: OutboundMessage = { kind: 'hazard.reported', title: '新上报隐患：电线私拉乱接', text: '网格员 上报了隐患“电线私拉乱接”，请及时处理', link: 'https://safegrid.example/hazards/h1' };
const NOW = Date.UTC(2026, 11, 7, 2, 0, 0);

/** Decodes what nodemailer wrote: encoded-word headers and the base64 or quoted-printable parts of a multipart body. */
function readMail(raw: string): { subject: string; text: string; html: string } {
  const words = (value: string) => value.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
    (kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qp(data.replace(/_/g, ' '))).toString('utf8'));
  const qp = (data: string) => Buffer.from(data.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const subject = words(/^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(head)?.[1]?.replace(/\r?\n[ \t]/g, ' ') ?? '');
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(head)?.[1] ?? '';
  const parts = rest.join('\r\n\r\n').split(`--${boundary}`).slice(1, -1);
  const decoded = (type: string) => {
    const part = parts.find((p) => p.includes(`Content-Type: ${type}`)) ?? '';
    const [partHead = '', ...bodyLines] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const body = bodyLines.join('\r\n\r\n').trim();
    return /Content-Transfer-Encoding: base64/i.test(partHead) ? Buffer.from(body, 'base64').toString('utf8') : qp(body).toString('utf8');
  };
  return { subject, text: decoded('text/plain'), html: decoded('text/html') };
}

describe('notification senders against local servers', () => {
  let http: Server;
  let base: string;
  const received: Received[] = [];
  let smtp: SMTPServer;
  let smtpPort: number;
  const mails: { from: string; to: string[]; raw: string }[] = [];

  beforeAll(async () => {
    http = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        const url = new URL(request.url ?? '/', 'http://x');
        received.push({ path: url.pathname, query: url.searchParams, headers: request.headers, body });
        const answer = url.pathname === '/refusing-robot' ? { errcode: 93000, errmsg: 'invalid webhook url' } : { errcode: 0, errmsg: 'ok' };
        response.writeHead(url.pathname === '/broken' ? 502 : 200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

    smtp = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    smtpPort = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => http.close(resolve));
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const senders = createHttpSenders({ now: () => NOW, timeoutMs: 5_000 });

  it('posts WeCom robot markdown with the title, text and the link back', async () => {
    await senders.wecom(`${base}/cgi-bin/webhook/send?key=KEY1`, message);
    const post = received.at(-1)!;
    expect(post.query.get('key')).toBe('KEY1');
    expect(post.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(post.body)).toEqual({
      msgtype: 'markdown',
      markdown: { content: '**新上报隐患：电线私拉乱接**\n\n网格员 上报了隐患“电线私拉乱接”，请及时处理\n\n[查看详情](https://safegrid.example/hazards/h1)' },
    });
  });

  it('signs DingTalk robot calls: timestamp and base64 HMAC-SHA256 of "timestamp\\nsecret"', async () => {
    await senders.dingtalk(`${base}/robot/send?access_token=TOKEN`, 'SEC-secret', message);
    const post = received.at(-1)!;
    expect(post.query.get('access_token')).toBe('TOKEN');
    expect(post.query.get('timestamp')).toBe(String(NOW));
    // Recomputed here with node:crypto from the received values, not with the sender's helper's output.
    const { createHmac } = await import('node:crypto');
    expect(post.query.get('sign')).toBe(createHmac('sha256', 'SEC-secret').update(`${NOW}\nSEC-secret`).digest('base64'));
    expect(post.query.get('sign')).toBe(dingtalkSign(NOW, 'SEC-secret'));
    const body = JSON.parse(post.body) as { msgtype: string; markdown: { title: string; text: string } };
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.title).toBe(message.title);
    expect(body.markdown.text).toContain('[查看详情](https://safegrid.example/hazards/h1)');
  });

  it('sends the generic webhook as JSON with a timestamp and an HMAC-SHA256 signature over "timestamp.body"', async () => {
    await senders.webhook(`${base}/hook`, 'hook-secret', message);
    const post = received.at(-1)!;
    const timestamp = String(post.headers['x-safegrid-timestamp']);
    expect(timestamp).toBe(String(NOW / 1000));
    const { createHmac } = await import('node:crypto');
    expect(post.headers['x-safegrid-signature']).toBe(createHmac('sha256', 'hook-secret').update(`${timestamp}.${post.body}`).digest('hex'));
    expect(webhookSignature(timestamp, post.body, 'hook-secret')).toBe(post.headers['x-safegrid-signature']);
    expect(JSON.parse(post.body)).toEqual({ kind: 'hazard.reported', title: message.title, text: message.text, link: message.link, sentAt: '2026-12-07T02:00:00.000Z' });
  });

  it('throws when the other side refuses: an HTTP error, or a robot answering errcode ≠ 0', async () => {
    await expect(senders.webhook(`${base}/broken`, null, message)).rejects.toThrow(/HTTP 502/);
    await expect(senders.wecom(`${base}/refusing-robot`, message)).rejects.toThrow(/errcode 93000/);
    await expect(senders.webhook('http://127.0.0.1:9/nothing-listens', null, message)).rejects.toThrow();
  });

  it('mails the zh-CN template over SMTP: subject, text and HTML with the link', async () => {
    const mailer = createSmtpMailer({ url: `smtp://127.0.0.1:${smtpPort}`, from: 'SafeGrid <safegrid@example.cn>' });
    await mailer.email(['town@example.cn', 'office@example.cn'], message);
    mailer.close();
    const mail = mails.at(-1)!;
    expect(mail.from).toBe('safegrid@example.cn');
    expect(mail.to).toEqual(['town@example.cn', 'office@example.cn']);
    const parsed = readMail(mail.raw);
    expect(parsed.subject).toBe('【安全生产网格化监管】新上报隐患：电线私拉乱接');
    expect(parsed.text).toContain('查看详情：https://safegrid.example/hazards/h1');
    expect(parsed.html).toContain('<a href="https://safegrid.example/hazards/h1">查看详情</a>');
  });
});
