import type { DemoStaffAccount } from '../seed/demo-staff-accounts';
import type { DemoCity } from './demo-city.types';

export interface DemoDepartmentChannels {
  departmentId: string;
  councilId: string;
  email: string;
  smsPhone: string;
  webhookKind: 'oa' | 'wecom';
  webhookUrl: string;
  webhookSecret: string;
}

export interface DemoStaffPreference {
  staffId: string;
  email: string;
  channels: string[];
  locale: 'zh';
}

/**
 * How the demo city's departments and staff are told, pointing at the local catchers so
 * `npm start` shows every channel: e-mail to Mailpit (any address is caught), texts to the
 * department head's demo mobile (caught by the SMS sink), and webhooks to the sink's
 * /webhooks/<department> — WeCom group robot format and OA JSON in turn. Development only.
 */
export function demoDepartmentChannels(city: DemoCity, smsSinkUrl: string): DemoDepartmentChannels[] {
  return city.departments.map((d, i) => ({
    departmentId: d.id,
    councilId: city.council.id,
    email: `${d.id}@departments.shangliang.local`,
    smsPhone: d.contact.phone,
    webhookKind: i % 2 === 0 ? 'wecom' : 'oa',
    webhookUrl: `${smsSinkUrl.replace(/\/+$/, '')}/webhooks/${d.id}`,
    webhookSecret: `demo-webhook-secret-${d.id}`,
  }));
}

/** Every demo login takes e-mail besides the console inbox, at `<login>@staff.shangliang.local`. */
export function demoStaffPreferences(accounts: DemoStaffAccount[]): DemoStaffPreference[] {
  return accounts.map((a) => ({ staffId: a.id, email: `${a.username}@staff.shangliang.local`, channels: ['email'], locale: 'zh' }));
}
