import { execFileSync } from 'node:child_process';
import type { CalendarDaysResponse, HazardResponse, NotificationPage } from '@safegrid/contracts';
import { expect, test } from '@playwright/test';
import { SMTPServer } from 'smtp-server';
import { aPointIn, apiAs, logIn, uniqueTitle } from '../fixtures/app';
import { startRobotEndpoint } from '../fixtures/robot-endpoint';

const HUTANG = '320412100';
const CLI = new URL('../../apps/cli/dist/main.js', import.meta.url).pathname;
// run-e2e.mjs passes where the server keeps its data (the CLI's test clock runs against it) and the
// port its SAFEGRID_SMTP_URL points at (this spec listens there).
const dataDir = process.env.SAFEGRID_E2E_DATA_DIR;
const smtpPort = Number(process.env.SAFEGRID_E2E_SMTP_PORT ?? '0');

interface Mail { readonly to: string[]; readonly subject: string }

/** The Subject header of a raw message, its RFC 2047 encoded words decoded (nodemailer encodes Chinese). */
function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  const words = [...header.replace(/\r?\n[ \t]/g, ' ').matchAll(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi)];
  if (words.length === 0) return header;
  const bytes = words.map(([, encoding, text = '']) => (encoding?.toUpperCase() === 'B'
    ? Buffer.from(text, 'base64')
    : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), 'latin1')));
  return Buffer.concat(bytes).toString('utf8');
}

/** `safegrid escalate --date D` on the server's own database: the test clock of the escalation job. */
function escalateOn(date: string): string {
  return execFileSync(process.execPath, [CLI, 'escalate', '--date', date], {
    env: { ...process.env, SAFEGRID_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
}

test('on a test clock a hazard nears and passes its deadline: 催办 and 逾期 reach the inbox, the WeCom robot and the mailbox, once each (issue 11)', async ({ page, request }) => {
  test.slow(); // the server's job loop delivers every few seconds on a shared 2-core machine
  if (!dataDir || !smtpPort) throw new Error('run this spec through e2e/run-e2e.mjs: it passes SAFEGRID_E2E_DATA_DIR and SAFEGRID_E2E_SMTP_PORT');

  // The outside world: a robot endpoint on a local HTTP server, and the mailbox the server sends to.
  const robot = await startRobotEndpoint();
  const { posts } = robot;
  const mails: Mail[] = [];
  const smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), subject: subjectOf(Buffer.concat(chunks).toString('utf8')) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));

  try {
    // The district office points 湖塘镇's WeCom group at the robot; 湖塘镇's officer gives a mailbox.
    const admin = await apiAs(request, 'admin');
    const robotUrl = robot.url('/wecom?key=e2e');
    const channel = await admin.post('/notification-channels', {
      channel: 'wecom', name: `湖塘镇安办企业微信群 ${Date.now()}`, regionCode: HUTANG, sector: null, kinds: ['hazard.remind', 'hazard.overdue'], enabled: true, target: robotUrl,
    });
    expect(channel.status).toBe(201);
    const town = await apiAs(request, 'hutang');
    const mailbox = `hutang-${Date.now()}@example.cn`;
    const settings = await request.put('/api/v1/notifications/settings', { headers: town.headers, data: { mutedKinds: [], email: mailbox } });
    expect(settings.status()).toBe(200);

    // A hazard assigned with a deadline two working days ahead, on the working calendar.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const until = new Date(Date.parse(`${today}T00:00:00Z`) + 40 * 86_400_000).toISOString().slice(0, 10);
    const days = (await town.get<CalendarDaysResponse>(`/calendar/days?from=${today}&to=${until}`)).body.items;
    const working = days.filter((day) => day.working && day.date > today).map((day) => day.date);
    const [remindDay, deadline, overdueDay] = working as [string, string, string];
    const title = uniqueTitle('仓库疏散通道堵塞');
    const created = await town.post<HazardResponse>('/hazards', {
      source: 'patrol', level: 'general', category: 'management', title, description: '', sector: 'industry_trade', location: await aPointIn(town, HUTANG),
    });
    expect(created.status).toBe(201);
    const assigned = await town.post<HazardResponse>(`/hazards/${created.body.id}/actions`, { action: 'assign', deadline });
    expect(assigned.status).toBe(200);
    expect(assigned.body.deadline).toBe(deadline);

    const remindTitle = `催办：${title}`;
    const overdueTitle = `已逾期：${title}`;
    const inbox = async () => (await town.get<NotificationPage>('/notifications?limit=100')).body.items.map((item) => item.title).filter((text) => text.endsWith(title));
    const robotSaid = (word: string) => posts.filter((body) => body.includes(title) && body.includes(word)).length;
    const mailed = (title: string) => mails.filter((mail) => mail.subject.endsWith(title) && mail.to.includes(mailbox)).length; // after the 【安全生产网格化监管】 prefix
    const counts = async () => ({ inbox: await inbox(), robotRemind: robotSaid('催办'), robotOverdue: robotSaid('逾期'), mailRemind: mailed(remindTitle), mailOverdue: mailed(overdueTitle) });

    // The working day before the deadline: 催办 goes out.
    escalateOn(remindDay);
    await expect.poll(counts, { timeout: 60_000, intervals: [1_000] }).toEqual({ inbox: [remindTitle], robotRemind: 1, robotOverdue: 0, mailRemind: 1, mailOverdue: 0 });

    // The same day again sends nothing twice; the day after the deadline brings the overdue notice.
    escalateOn(remindDay);
    escalateOn(overdueDay);
    await expect.poll(counts, { timeout: 60_000, intervals: [1_000] }).toEqual({ inbox: [overdueTitle, remindTitle], robotRemind: 1, robotOverdue: 1, mailRemind: 1, mailOverdue: 1 });
    escalateOn(overdueDay);
    // Two more rounds of the server's job loop (every 5 s): still once each.
    await page.waitForTimeout(12_000);
    expect(await counts()).toEqual({ inbox: [overdueTitle, remindTitle], robotRemind: 1, robotOverdue: 1, mailRemind: 1, mailOverdue: 1 });

    // In the browser: the bell of 湖塘镇 counts unread notifications, and the hazard's timeline records
    // each step once. (The inbox's first page belongs to the burst the test clock gave the demo's
    // other hazards; the inbox itself was read above through its API.)
    await logIn(page, 'hutang');
    await expect(page.getByTestId('notification-bell')).not.toHaveAttribute('data-unread', '0');
    await page.goto(`/hazards/${created.body.id}`);
    await expect(page.getByRole('heading', { name: title })).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.ant-timeline-item').filter({ hasText: '催办提醒' })).toHaveCount(1);
    await expect(page.locator('.ant-timeline-item').filter({ hasText: '逾期通知' })).toHaveCount(1);
  } finally {
    await robot.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
});
