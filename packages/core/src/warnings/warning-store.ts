import type { Warning, WarningRecipient } from './warning.js';

export interface WarningStore {
  findById(id: string, districtCode: string): Promise<Warning | undefined>;
  insert(warning: Warning, recipients: readonly WarningRecipient[]): Promise<void>;
  /** False when the stored version is not `expectedVersion`. */
  update(warning: Warning, expectedVersion: number): Promise<boolean>;
  /** The district's warnings, newest first. */
  list(districtCode: string, limit: number): Promise<Warning[]>;
  listRecipients(warningId: string, districtCode: string): Promise<WarningRecipient[]>;
  /** The warnings addressed to one account, newest first, with its recipient row. */
  listForRecipient(userId: string, districtCode: string, limit: number): Promise<{ warning: Warning; recipient: WarningRecipient }[]>;
  /** Sets the acknowledgement once; false when absent or already acknowledged. */
  acknowledge(warningId: string, districtCode: string, userId: string, at: string): Promise<boolean>;
}
