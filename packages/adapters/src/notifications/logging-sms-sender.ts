import type { OutboundMessage } from '@safegrid/core';

/**
 * SMS: no provider is reachable from here, so this only writes what it would send to the log and
 * succeeds. A real provider (e.g. a carrier's or a cloud SMS API with approved templates) replaces
 * it behind the same `sms` port.
 */
export function createLoggingSmsSender(log: (line: string) => void) {
  return {
    async sms(phones: readonly string[], message: OutboundMessage): Promise<void> {
      log(`SMS (logging only, no provider) to ${phones.map((phone) => phone.replace(/^(\d{3})\d+(\d{4})$/, '$1****$2')).join(', ')}: ${message.title}`);
    },
  };
}
