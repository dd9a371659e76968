import type { Transporter } from 'nodemailer';
import { loadNodemailer } from '../lazy-modules.js';
import type { OutboundMessage } from '@safegrid/core';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The zh-CN mail of a notification: subject, plain text and a simple HTML part. */
export function notificationMail(message: OutboundMessage): { subject: string; text: string; html: string } {
  const footer = '此邮件由安全生产网格化监管平台自动发送，请勿直接回复。';
  const text = [message.text, message.link ? `查看详情：${message.link}` : null, '', footer].filter((line) => line !== null).join('\n');
  const html = [
    `<p style="font-size:16px"><strong>${escapeHtml(message.title)}</strong></p>`,
    `<p>${escapeHtml(message.text)}</p>`,
    message.link ? `<p><a href="${escapeHtml(message.link)}">查看详情</a></p>` : '',
    `<p style="color:#888;font-size:12px">${footer}</p>`,
  ].join('\n');
  return { subject: `【安全生产网格化监管】${message.title}`, text, html };
}

/** E-mail over SMTP (nodemailer) from SAFEGRID_SMTP_URL, sent as SAFEGRID_MAIL_FROM. */
export function createSmtpMailer(options: { readonly url: string; readonly from: string }) {
  // nodemailer is loaded, and the transport made, with the first mail (ADR 0080).
  let transport: Promise<Transporter> | null = null;
  const opened = () => (transport ??= loadNodemailer().then((nodemailer) => nodemailer.createTransport(options.url)));
  return {
    async email(to: readonly string[], message: OutboundMessage): Promise<void> {
      if (to.length === 0) throw new Error('no e-mail address to send to');
      await (await opened()).sendMail({ from: options.from, to: [...to], ...notificationMail(message) });
    },
    close: () => void transport?.then((open) => open.close()),
  };
}
