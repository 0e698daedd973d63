import { Injectable } from '@nestjs/common';
import type { ChannelName, ResolvedAddress } from '../channels/notification-channel';
import { DepartmentChannelRepository } from '../departments/department-channel.repository';
import { StaffPreferenceRepository } from '../preferences/staff-preference.repository';
import type { NotificationLocale } from '../templates/notification-templates';
import { recipientOf } from './recipient';
import { ResidentContactsClient } from './resident-contacts.client';

export type ContactLookup =
  | { found: true; address: ResolvedAddress; locale: NotificationLocale; trackingCode?: string | null }
  | { found: false; reason: string };

/**
 * Where a delivery goes, looked up at the moment of sending: staff from their preferences,
 * departments from their configured channels, residents from intake (never stored here). A
 * recipient without an address for the channel any more is skipped, not failed.
 */
@Injectable()
export class ContactBook {
  constructor(
    private readonly preferences: StaffPreferenceRepository,
    private readonly departments: DepartmentChannelRepository,
    private readonly residents: ResidentContactsClient,
  ) {}

  async lookup(recipientKey: string, channel: ChannelName, locale: string, problemId: string): Promise<ContactLookup> {
    const { kind, id } = recipientOf(recipientKey);
    const lang: NotificationLocale = locale === 'en' ? 'en' : 'zh';
    if (kind === 'resident') {
      const contact = await this.residents.resolve(id, problemId);
      return contact.phone ? { found: true, address: { phone: contact.phone }, locale: contact.locale, trackingCode: contact.trackingCode } : { found: false, reason: 'the resident no longer consents to texts (or was anonymised)' };
    }
    if (kind === 'staff') {
      if (channel === 'inbox') return { found: true, address: { staffId: id }, locale: lang };
      const p = await this.preferences.find(id);
      const address = channel === 'email' ? p?.email : channel === 'sms' ? p?.phone : null;
      if (!address || !p?.channels.includes(channel)) return { found: false, reason: `the staff member no longer takes ${channel}` };
      return { found: true, address: channel === 'email' ? { email: address } : { phone: address }, locale: p.locale === 'en' ? 'en' : 'zh' };
    }
    const d = await this.departments.find(id);
    if (channel === 'email' && d?.email) return { found: true, address: { email: d.email }, locale: lang };
    if (channel === 'sms' && d?.smsPhone) return { found: true, address: { phone: d.smsPhone }, locale: lang };
    if (channel === 'webhook' && d?.webhookUrl && d.webhookSecret && (d.webhookKind === 'oa' || d.webhookKind === 'wecom')) {
      return { found: true, address: { webhook: { kind: d.webhookKind, url: d.webhookUrl, secret: d.webhookSecret } }, locale: lang };
    }
    return { found: false, reason: `the department has no ${channel} configured any more` };
  }
}
