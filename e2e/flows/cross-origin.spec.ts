import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { logIn } from '../fixtures/app';

/**
 * A page on another port of the same host borrows the user's session cookie (SameSite ignores
 * ports): it uploads a file with a credentialed no-cors fetch and submits a multipart form, the
 * two writes a browser sends cross-origin without a CORS preflight. Both must be refused (ADR 0070).
 */
const ATTACKER_PAGE = (app: string) => `<!doctype html><meta charset="utf-8"><title>优惠活动</title>
<form id="f" method="post" enctype="multipart/form-data" action="${app}/api/v1/photos"><input type="hidden" name="x" value="1"></form>
<script>
window.sendFetch = () => {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' }), 'x.jpg');
  return fetch('${app}/api/v1/photos', { method: 'POST', mode: 'no-cors', credentials: 'include', body }).then(() => 'sent', () => 'failed');
};
</script>`;

let attacker: Server;
let attackerUrl: string;

test.beforeAll(async ({ baseURL }) => {
  const app = new URL(baseURL ?? '').origin;
  attacker = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(ATTACKER_PAGE(app));
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => attacker.close(resolve));
});

test('a page on another port of the same host cannot write with the user’s cookie', async ({ page }) => {
  await logIn(page, 'hutang');

  // The same upload from the app's own page goes through the check (and reaches the photo rules).
  const own = await page.evaluate(async () => {
    const body = new FormData();
    body.append('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }), 'x.jpg');
    const response = await fetch('/api/v1/photos', { method: 'POST', body });
    return { status: response.status, code: ((await response.json()) as { code?: string }).code };
  });
  expect(own.code).not.toBe('request.cross_origin');
  expect([403, 401]).not.toContain(own.status);

  await page.goto(attackerUrl);
  // A no-cors response is opaque to the page, and Chromium drops this one (Cross-Origin-Resource-Policy):
  // the request either got its 403 or failed in the browser; either way nothing reached the photo rules.
  const settled = new Promise<{ status: number | null }>((resolve) => {
    page.on('requestfinished', (request) => {
      if (request.url().endsWith('/api/v1/photos')) void request.response().then((response) => resolve({ status: response?.status() ?? null }));
    });
    page.on('requestfailed', (request) => {
      if (request.url().endsWith('/api/v1/photos')) resolve({ status: null });
    });
  });
  await page.evaluate(() => (window as unknown as { sendFetch: () => Promise<string> }).sendFetch());
  const fetchOutcome = await settled;
  expect([403, null]).toContain(fetchOutcome.status);

  const submitted = page.waitForResponse((response) => response.url().endsWith('/api/v1/photos'));
  await page.evaluate(() => (document.getElementById('f') as HTMLFormElement).submit());
  const formResponse = await submitted;
  expect(formResponse.status()).toBe(403);
  expect(formResponse.headers()['content-type']).toMatch(/^application\/problem\+json/);
  expect(((await formResponse.json()) as { code: string }).code).toBe('request.cross_origin');
  await expect(page.locator('body')).toContainText('其他网站或端口');
});
