import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Emits `sw.js` from sw/service-worker.js with the built app shell to keep: index.html, every
 * script and stylesheet, the icon and the manifest. The build id changes with the file list, so a
 * new release replaces the old cache.
 */
export function serviceWorkerPlugin(templatePath: string): Plugin {
  return {
    name: 'safegrid-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      // A stylesheet shared by lazy pages becomes a chunk with no code that Vite drops after this
      // hook; listing it would make the worker's install fail on its 404 (and the phone lose offline).
      const isDropped = (file: string) => {
        const output = bundle[file];
        return output?.type === 'chunk' && output.code.trim() === '';
      };
      const assets = Object.keys(bundle).filter((file) => /\.(js|css|woff2?|svg|png)$/.test(file) && !file.endsWith('.map') && !isDropped(file));
      const shell = ['/index.html', '/favicon.svg', '/manifest.webmanifest', ...assets.map((file) => `/${file}`)].sort();
      const build = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(templatePath, 'utf8')
        .replace("'__SAFEGRID_BUILD__'", JSON.stringify(build))
        .replace("['__SAFEGRID_SHELL__']", JSON.stringify(shell));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
