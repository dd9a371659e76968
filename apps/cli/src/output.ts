/** Human output by default, JSON lines for scripts; exit codes 0 ok, 1 domain failure, 2 usage error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface Output {
  info(message: string): void;
  error(message: string): void;
  /** A progress line that rewrites itself on a terminal and prints every 10 % otherwise. */
  progress(label: string, done: number, total: number): void;
  result(value: unknown): void;
}

export function createOutput(options: { json: boolean; interactive: boolean }): Output {
  const lastDecile = new Map<string, number>();
  return {
    info: (message) => {
      if (!options.json) process.stdout.write(`${message}\n`);
    },
    error: (message) => process.stderr.write(`${message}\n`),
    progress(label, done, total) {
      if (options.json) return;
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
      if (options.interactive) {
        process.stdout.write(`\r${label} ${done.toLocaleString('en')}/${total.toLocaleString('en')} (${percent}%)${done >= total ? '\n' : ''}`);
        return;
      }
      const decile = Math.floor(percent / 10);
      if (lastDecile.get(label) !== decile) {
        lastDecile.set(label, decile);
        process.stdout.write(`${label} ${done}/${total} (${percent}%)\n`);
      }
    },
    result: (value) => {
      if (options.json) process.stdout.write(`${JSON.stringify(value)}\n`);
    },
  };
}
