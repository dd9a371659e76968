// SafeGrid service worker (ADR 0024): keeps the app shell so the phone view opens without signal.
// The build replaces the two markers below with the build id and the list of files to keep.
const BUILD = '__SAFEGRID_BUILD__';
const SHELL = ['__SAFEGRID_SHELL__'];
const CACHE = `safegrid-shell-${BUILD}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('safegrid-shell-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

async function fromNetworkOr(request, fallback) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(fallback ?? request);
    if (cached) return cached;
    throw error;
  }
}

async function fromCacheOrNetwork(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // The API is never cached: data is scoped to the user and must be current; the outbox handles offline writes.
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(fromNetworkOr(request, '/index.html'));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(fromCacheOrNetwork(request));
  } else {
    event.respondWith(fromNetworkOr(request));
  }
});
