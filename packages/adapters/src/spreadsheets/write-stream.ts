import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/**
 * Runs `produce` (which writes into `out`) while the caller reads `out`: the bytes flow as rows are
 * produced, and `produce` waits whenever the reader falls behind, so neither side buffers the list.
 * A failure on either side ends both.
 */
export async function* pumpRows<T>(
  out: Writable & Readable,
  produce: (write: (record: T) => Promise<void>) => Promise<void>,
): AsyncGenerator<Uint8Array> {
  const write = async (record: T): Promise<void> => {
    if (out.destroyed) throw new ExportStopped();
    if (!out.write(record)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
  };
  const done = produce(write).catch((error: unknown) => {
    if (!(error instanceof ExportStopped)) out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  try {
    for await (const chunk of out) yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
  } finally {
    if (!out.destroyed) out.destroy();
    await done;
  }
}

/** The reader went away (a closed download): the producer stops quietly. */
class ExportStopped extends Error {}
