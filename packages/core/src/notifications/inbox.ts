import type { Actor } from '../accounts/actor.js';
import type { CoreDeps } from '../deps.js';
import { invalidInput } from '../shared/domain-error.js';
import type { Page } from '../shared/pagination.js';
import { isMandatoryKind, type Notification, type NotificationKind, type NotificationSettings } from './notification.js';

export const INBOX_PAGE_LIMIT = 100;

/** The caller's own notifications, newest first; nobody reads another person's inbox. */
export function listInbox(deps: CoreDeps, actor: Actor, query: { readonly unreadOnly?: boolean; readonly limit?: number; readonly cursor?: string | undefined }): Promise<Page<Notification>> {
  return deps.notifications.list({
    districtCode: actor.districtCode, recipientId: actor.userId, unreadOnly: query.unreadOnly ?? false,
    limit: Math.min(query.limit ?? 20, INBOX_PAGE_LIMIT), cursor: query.cursor,
  });
}

export function countUnread(deps: CoreDeps, actor: Actor): Promise<number> {
  return deps.notifications.countUnread(actor.districtCode, actor.userId);
}

/** Marks some of the caller's notifications read (others' ids change nothing); returns how many changed. */
export function markNotificationsRead(deps: CoreDeps, actor: Actor, ids: readonly string[]): Promise<number> {
  const at = deps.clock.now().toISOString();
  return deps.inTransaction((stores) => stores.notifications.markRead(actor.districtCode, actor.userId, ids, at));
}

export function markAllNotificationsRead(deps: CoreDeps, actor: Actor): Promise<number> {
  const at = deps.clock.now().toISOString();
  return deps.inTransaction((stores) => stores.notifications.markAllRead(actor.districtCode, actor.userId, at));
}

export async function getNotificationSettings(deps: CoreDeps, actor: Actor): Promise<NotificationSettings> {
  const [muted, user] = await Promise.all([deps.notifications.mutedKinds(actor.districtCode, [actor.userId]), deps.users.findById(actor.userId)]);
  return { mutedKinds: muted.get(actor.userId) ?? [], email: user?.email ?? null };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Saves the caller's own settings. Mandatory kinds (major hazard, escalation) cannot be muted:
 * asking for it is refused naming the field, and nothing is written.
 */
export async function saveNotificationSettings(deps: CoreDeps, actor: Actor, input: NotificationSettings): Promise<NotificationSettings> {
  const mandatory = input.mutedKinds.findIndex((kind) => isMandatoryKind(kind));
  if (mandatory >= 0) throw invalidInput([{ path: `/mutedKinds/${mandatory}`, code: 'kind_mandatory', params: { kind: input.mutedKinds[mandatory] ?? '' } }]);
  const email = input.email?.trim() || null;
  if (email !== null && !EMAIL.test(email)) throw invalidInput([{ path: '/email', code: 'email_format' }]);
  const kinds: NotificationKind[] = [...new Set(input.mutedKinds)];
  const at = deps.clock.now().toISOString();
  await deps.inTransaction(async (stores) => {
    await stores.notifications.setMutedKinds(actor.districtCode, actor.userId, kinds, at);
    await stores.users.setEmail(actor.userId, email, at);
  });
  return { mutedKinds: kinds, email };
}
