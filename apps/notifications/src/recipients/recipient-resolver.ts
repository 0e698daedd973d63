import { Injectable } from '@nestjs/common';
import type { NotificationAudience } from '@shangliang/contracts';
import { OrganisationDirectory } from '@shangliang/organisation';
import type { ChannelName } from '../channels/notification-channel';
import { DepartmentChannelRepository } from '../departments/department-channel.repository';
import { StaffPreferenceRepository } from '../preferences/staff-preference.repository';
import type { Recipient, RecipientKey } from './recipient';

export interface AudienceContext {
  communityId: string;
  /** Set when the event is about a township or street itself (its convener), not a community. */
  localityId?: string | null;
  councilId: string | null;
  departmentId: string | null;
  leadMemberId: string | null;
  residentReporterIds: string[];
}

/**
 * Turns who-is-told audiences into people: staff accounts found through the organisation
 * directory (each with the inbox and the channels they chose), the referred department (the
 * channels its admins configured, and its staff's inboxes) and consenting residents (texts
 * only). A person in two audiences is told once.
 */
@Injectable()
export class RecipientResolver {
  constructor(
    private readonly directory: OrganisationDirectory,
    private readonly preferences: StaffPreferenceRepository,
    private readonly departments: DepartmentChannelRepository,
  ) {}

  async resolve(audiences: readonly NotificationAudience[], context: AudienceContext): Promise<Recipient[]> {
    const staffIds = new Set<string>();
    const others: Recipient[] = [];
    for (const audience of new Set(audiences)) {
      if (audience === 'resident') {
        others.push(...context.residentReporterIds.map((id) => ({ key: `resident:${id}` as RecipientKey, channels: ['sms'] as ChannelName[], locale: 'zh' as const })));
        continue;
      }
      if (audience === 'department') {
        const department = context.departmentId ? await this.department(context.departmentId) : null;
        if (department) others.push(department);
      }
      for (const id of await this.staffOf(audience, context)) staffIds.add(id);
    }
    return [...(await this.staff([...staffIds])), ...others];
  }

  /** The staff accounts an audience names, for the problem's community. */
  private async staffOf(audience: Exclude<NotificationAudience, 'resident'>, context: AudienceContext): Promise<string[]> {
    const ids = async (place: Parameters<OrganisationDirectory['staffAt']>[0]) => (await this.directory.staffAt(place)).map((s) => s.id);
    switch (audience) {
      case 'department':
        return context.departmentId ? ids({ role: 'department', departmentId: context.departmentId }) : [];
      case 'team_lead':
        return context.leadMemberId ? ids({ memberId: context.leadMemberId }) : [];
      case 'supervisors':
        return context.councilId ? ids({ role: 'supervisor', councilId: context.councilId }) : [];
      case 'convener': {
        if (context.localityId) return ids({ role: 'convener', localityId: context.localityId });
        const community = await this.directory.community(context.communityId);
        return community ? ids({ role: 'convener', localityId: community.localityId }) : [];
      }
      case 'callers_back':
        return [...(await this.staffOf('convener', context)), ...(await this.staffOf('group_leader', context))];
      case 'group_leader':
      case 'committee':
      case 'vice_chair': {
        const group = await this.directory.groupOfCommunity(context.communityId);
        if (!group) return [];
        if (audience === 'group_leader') return ids({ role: 'group_leader', memberId: group.leaderMemberId });
        if (audience === 'committee') return ids({ role: 'committee', committeeId: group.committeeId });
        return ids({ role: 'vice_chair', viceChairId: group.viceChairId });
      }
    }
  }

  /** Staff always get the inbox, and e-mail or texts when they chose them and gave an address. */
  private async staff(ids: string[]): Promise<Recipient[]> {
    const preferences = await this.preferences.findMany(ids);
    return ids.sort().map((id) => {
      const p = preferences.get(id);
      const chosen: ChannelName[] = [];
      if (p?.channels.includes('email') && p.email) chosen.push('email');
      if (p?.channels.includes('sms') && p.phone) chosen.push('sms');
      return { key: `staff:${id}`, channels: ['inbox', ...chosen], locale: p?.locale === 'en' ? 'en' : 'zh' };
    });
  }

  private async department(departmentId: string): Promise<Recipient | null> {
    const c = await this.departments.find(departmentId);
    if (!c) return null;
    const channels: ChannelName[] = [];
    if (c.email) channels.push('email');
    if (c.smsPhone) channels.push('sms');
    if (c.webhookUrl && c.webhookKind && c.webhookSecret) channels.push('webhook');
    return channels.length ? { key: `department:${departmentId}`, channels, locale: 'zh' } : null;
  }
}
