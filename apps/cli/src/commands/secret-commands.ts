import { rotateSecretKey, type Config, type RotateSecretKeyOutcome } from '@safegrid/platform';
import { UsageError, type Output } from '../output.js';

/**
 * `safegrid secrets rotate-key [--new-key-file FILE] [--skip-unreadable]` (ADR 0109): re-seals every
 * secret under a new key in one transaction and installs the key file. Prints counts and account
 * names only, never a secret or a key.
 */
export async function secretsRotateKeyCommand(
  config: Config, output: Output, options: { newKeyFile?: string | undefined; skipUnreadable?: boolean | undefined },
): Promise<RotateSecretKeyOutcome> {
  const outcome = await rotateSecretKey(config, options);
  const skipped = outcome.unreadable.map((account) => account.username);
  if (skipped.length > 0) {
    output.error(`left as they were, no key opens them (未能读取，保持原样): ${skipped.join(', ')} — the district office resets their two-step verification`);
  }
  output.info(
    `re-sealed ${outcome.resealed} two-step verification secret(s) under the new key (已用新密钥重新加密 ${outcome.resealed} 个两步验证密钥)` +
      (outcome.alreadyUnderNewKey > 0 ? `; ${outcome.alreadyUnderNewKey} already under it` : ''),
  );
  if (outcome.installedKeyFile) {
    output.info(`new key installed as ${outcome.installedKeyFile} (mode 0600): restart every safegrid process on this data directory (请重启所有 safegrid 进程)`);
  } else {
    output.info(`now set SAFEGRID_SECRET_KEY to the key in ${options.newKeyFile ?? 'the new key file'} and restart every process (请将 SAFEGRID_SECRET_KEY 改为新密钥并重启)`);
  }
  output.result({
    resealed: outcome.resealed, alreadyUnderNewKey: outcome.alreadyUnderNewKey, unreadable: skipped,
    keySource: outcome.keySource, installedKeyFile: outcome.installedKeyFile,
  });
  return outcome;
}

/** `safegrid secrets <subcommand>`: only `rotate-key` so far. */
export async function secretsCommand(
  config: Config, output: Output, options: { subcommand?: string | undefined; newKeyFile?: string | undefined; skipUnreadable?: boolean | undefined },
): Promise<void> {
  if (options.subcommand !== 'rotate-key') throw new UsageError('secrets takes one subcommand: rotate-key');
  await secretsRotateKeyCommand(config, output, { newKeyFile: options.newKeyFile, skipUnreadable: options.skipUnreadable });
}
