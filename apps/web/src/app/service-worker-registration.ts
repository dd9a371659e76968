/**
 * Registers the service worker that keeps the app shell cached, so the phone view opens without
 * signal (ADR 0024). Only in built apps: in development Vite serves modules that change.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without a service worker the app still works online; nothing to tell the user.
    });
  });
}
