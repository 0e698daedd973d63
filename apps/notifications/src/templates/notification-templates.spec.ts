import { NOTIFICATION_EVENTS_TOLD } from '@shangliang/contracts';
import { NOTIFICATION_LOCALES, NOTIFICATION_TEMPLATES } from './notification-templates';
import { eventFactsSchema } from './event-facts';
import { placeholdersOf, renderTemplate, MissingTemplateVariableError } from './render-template';
import { templateValues } from './template-values';
import { variablesOf } from './template-variables';

const facts = eventFactsSchema.parse({ reference: 'QX-2026-0042', communityName: '清溪社区', consolePath: '/console/problems/p1', departmentName: '住房和城乡建设局', dueAt: '2026-12-03T09:00:00Z', rung: 'urging_notice', level: 2, outcome: 'referred', reason: 'belongs_to_hotline' });

describe('notification templates', () => {
  it.each(NOTIFICATION_EVENTS_TOLD)('%s has a Chinese and an English template using only its own variables', (kind) => {
    for (const locale of NOTIFICATION_LOCALES) {
      const template = NOTIFICATION_TEMPLATES[kind][locale];
      const used = [template.title, template.body, template.sms].flatMap(placeholdersOf);
      expect(used.filter((name) => !variablesOf(kind).includes(name as never))).toEqual([]);
      expect(() => renderTemplate(kind, locale, templateValues(kind, facts, locale, 'https://example.org/console/x'))).not.toThrow();
    }
  });

  it('writes a referral rung in Chinese with the department, due date and link', () => {
    const message = renderTemplate('referral.urging_notice', 'zh', templateValues('referral.urging_notice', facts, 'zh', 'https://c.example.org/console/referrals'));
    expect(message.title).toBe('【催办】QX-2026-0042 交办住房和城乡建设局');
    expect(message.body).toContain('办理期限 2026-12-03 17:00');
    expect(message.body).toContain('https://c.example.org/console/referrals');
    expect(message.smsParams).toEqual({ reference: 'QX-2026-0042', department: '住房和城乡建设局', dueDate: '2026-12-03 17:00', link: 'https://c.example.org/console/referrals' });
  });

  it('writes English for staff who chose it, and tells residents their tracking code', () => {
    expect(renderTemplate('screening.overdue', 'en', templateValues('screening.overdue', facts, 'en', 'L')).body).toContain('overdue (level 2)');
    expect(renderTemplate('resident.received', 'zh', templateValues('resident.received', facts, 'zh', 'L', 'AB12CD34')).sms).toContain('查询码AB12CD34');
    expect(renderTemplate('resident.screened', 'zh', templateValues('resident.screened', { ...facts, outcome: 'unsuitable' }, 'zh', 'L')).sms).toContain('请通过12345热线办理');
  });

  it('refuses to render a variable it was not given', () => {
    expect(() => renderTemplate('referral.created', 'zh', { reference: 'R' })).toThrow(MissingTemplateVariableError);
  });
});
