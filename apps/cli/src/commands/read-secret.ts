import { UsageError } from '../output.js';

/** Reads a password from stdin (for `--password-stdin`), trimming the final newline. Never prompts. */
export async function readSecretFromStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError('--password-stdin expects the password piped on stdin');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}
