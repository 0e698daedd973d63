import type { OutgoingMessage } from '../notification-channel';

/** The mail's domain for Message-IDs (any stable name of ours will do). */
const MESSAGE_ID_DOMAIN = 'notifications.shangliang';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Subject, plain text and HTML of a notification e-mail, with the link to the item. */
export function emailOf(outgoing: OutgoingMessage) {
  const { title, body } = outgoing.message;
  return {
    subject: `【商量】${title}`,
    text: body,
    html: `<p>${escapeHtml(body).replace(/\n/g, '<br>')}</p><p><a href="${escapeHtml(outgoing.link)}">${escapeHtml(outgoing.link)}</a></p>`,
    messageId: `<${outgoing.deliveryId}@${MESSAGE_ID_DOMAIN}>`,
    headers: { 'X-Delivery-Id': outgoing.deliveryId, 'X-Notification-Event': outgoing.eventKind },
  };
}
