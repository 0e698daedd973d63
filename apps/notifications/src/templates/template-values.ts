import { ESCALATION_RUNG_LABELS, type EscalationRung, type NotificationEventKind, UNSUITABLE_REASON_LABELS, type UnsuitableReason } from '@shangliang/contracts';
import type { EventFacts } from './event-facts';
import type { NotificationLocale } from './notification-templates';
import { type TemplateValues, variablesOf } from './template-variables';

/** Outcomes as residents and staff read them (the consultation's and the screening's). */
const OUTCOME_LABELS: Record<string, Record<NotificationLocale, string>> = {
  solved: { zh: '已协商解决', en: 'solved by consultation' },
  explained: { zh: '暂不具备解决条件，已说明并凝聚共识', en: 'not solvable now; explained and agreed' },
  referred: { zh: '已转职能部门办理', en: 'referred to a government department' },
  suitable: { zh: '适合协商，委员将接单办理', en: 'suitable for consultation; council members will take it on' },
  unsuitable: { zh: '不适合协商', en: 'not suitable for consultation' },
  approved: { zh: '同意延期', en: 'approved' },
  refused: { zh: '不同意延期', en: 'refused' },
  // 民主监督 findings (release 4).
  resolved_after_supervision: { zh: '经监督已解决', en: 'resolved after supervision' },
  department_at_fault: { zh: '部门履职不到位', en: 'the department was at fault' },
  cannot_be_resolved: { zh: '暂无法解决', en: 'cannot be resolved for now' },
  // The daily cadence check.
  missed: { zh: '上期未开展', en: 'the last period was missed' },
  due_soon: { zh: '本期即将到期', en: 'the period ends soon' },
};

const NOT_SET: Record<NotificationLocale, string> = { zh: '未定', en: 'not set' };
const NONE: Record<NotificationLocale, string> = { zh: '', en: '' };

function label(map: Record<string, Record<NotificationLocale, string>>, code: string | null, locale: NotificationLocale): string {
  if (!code) return NONE[locale];
  return map[code]?.[locale] ?? code;
}

/** A date as people there read it: Beijing time, to the minute. */
export function formatDue(iso: string | null, locale: NotificationLocale): string {
  if (!iso) return NOT_SET[locale];
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return locale === 'zh' ? date : `${date} (Beijing time)`;
}

/**
 * The values of every variable the event's templates may use, in the recipient's language.
 * `link` is absolute (PUBLIC_BASE_URL + the console path, or a resident's tracking page).
 */
export function templateValues(kind: NotificationEventKind, facts: EventFacts, locale: NotificationLocale, link: string, trackingCode?: string | null): TemplateValues {
  const all: TemplateValues = {
    reference: facts.reference,
    community: facts.communityName,
    link,
    department: facts.departmentName ?? (locale === 'zh' ? '职能部门' : 'the department'),
    dueDate: formatDue(facts.dueAt, locale),
    rung: facts.rung ? (ESCALATION_RUNG_LABELS[facts.rung as EscalationRung]?.[locale] ?? facts.rung) : NONE[locale],
    level: String(facts.level ?? 1),
    outcome: label(OUTCOME_LABELS, facts.outcome, locale),
    reason: facts.reason ? (UNSUITABLE_REASON_LABELS[facts.reason as UnsuitableReason]?.[locale] ?? facts.reason) : NONE[locale],
    trackingCode: trackingCode ?? facts.reference,
  };
  // Only what the event provides, so a template that names another variable fails its test.
  return Object.fromEntries(variablesOf(kind).map((name) => [name, all[name]])) as TemplateValues;
}
