import type { OutgoingMessage } from '../notification-channel';

/**
 * The two webhook formats a department may take: a generic JSON for government OA systems, and
 * the WeCom group robot's markdown message (企业微信群机器人).
 */
export function webhookBody(kind: 'oa' | 'wecom', outgoing: OutgoingMessage, sentAt: Date): string {
  const { title, body } = outgoing.message;
  if (kind === 'wecom') {
    const content = `### ${title}\n${body.replace(/\n/g, '\n> ')}\n[查看详情](${outgoing.link})`;
    return JSON.stringify({ msgtype: 'markdown', markdown: { content } });
  }
  return JSON.stringify({
    deliveryId: outgoing.deliveryId,
    event: outgoing.eventKind,
    reference: outgoing.reference,
    title,
    body,
    link: outgoing.link,
    sentAt: sentAt.toISOString(),
  });
}
