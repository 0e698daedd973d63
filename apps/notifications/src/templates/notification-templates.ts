import type { NotificationEventKind } from '@shangliang/contracts';

/**
 * What each notification says, in Chinese and English. `{name}` is a variable (see
 * template-variables.ts); `sms` is the short text registered with the SMS gateway under the
 * event's template code, so it uses variables only and stays within one or two texts.
 * A template that names a variable its event does not provide fails a unit test, not a send.
 */
export interface MessageTemplate {
  title: string;
  body: string;
  sms: string;
}
export type NotificationLocale = 'zh' | 'en';
export const NOTIFICATION_LOCALES: readonly NotificationLocale[] = ['zh', 'en'];

type Templates = Record<NotificationEventKind, Record<NotificationLocale, MessageTemplate>>;

const referralRung = (zh: string, en: string): Record<NotificationLocale, MessageTemplate> => ({
  zh: {
    title: `【${zh}】{reference} 交办{department}`,
    body: `问题 {reference}（{community}）已交办{department}，办理期限 {dueDate}。当前环节：${zh}。请及时办理并反馈。\n查看：{link}`,
    sms: `【${zh}】问题{reference}已交办{department}，期限{dueDate}，请及时办理：{link}`,
  },
  en: {
    title: `[${en}] {reference} referred to {department}`,
    body: `Problem {reference} ({community}) is referred to {department}, due {dueDate}. Step: ${en}. Please act and report back.\nOpen: {link}`,
    sms: `[${en}] Problem {reference} referred to {department}, due {dueDate}: {link}`,
  },
});

const staffNotice = (zh: string, zhBody: string, en: string, enBody: string): Record<NotificationLocale, MessageTemplate> => ({
  zh: { title: `【${zh}】{reference}`, body: `${zhBody}\n查看：{link}`, sms: `【${zh}】${zhBody} {link}` },
  en: { title: `[${en}] {reference}`, body: `${enBody}\nOpen: {link}`, sms: `[${en}] ${enBody} {link}` },
});

const residentText = (zh: string, en: string): Record<NotificationLocale, MessageTemplate> => ({
  zh: { title: '您反映的问题有新进展', body: zh, sms: zh },
  en: { title: 'News about the problem you raised', body: en, sms: en },
});

export const NOTIFICATION_TEMPLATES: Templates = {
  'referral.created': referralRung('交办', 'Referral'),
  'referral.reminder': referralRung('到期提醒', 'Reminder'),
  'referral.urging_notice': referralRung('催办', 'Urging notice'),
  'referral.formal_supervision': referralRung('督办', 'Formal supervision'),
  'referral.democratic_supervision': referralRung('民主监督', 'Democratic supervision'),
  'referral.extension_requested': staffNotice(
    '延期申请',
    '{department}就问题 {reference} 申请延期，请审批。',
    'Extension requested',
    '{department} asks for more time on problem {reference}; please decide.',
  ),
  'referral.extension_decided': staffNotice(
    '延期审批',
    '问题 {reference} 的延期申请已处理：{outcome}。办理期限 {dueDate}。',
    'Extension decided',
    'The extension on problem {reference} was decided: {outcome}. Due {dueDate}.',
  ),
  'referral.returned': staffNotice(
    '部门退回',
    '{department}退回了问题 {reference}，理由：{reason}。请改派其他部门或收回协商。',
    'Referral returned',
    '{department} sent problem {reference} back: {reason}. Refer it elsewhere or take it back to consultation.',
  ),
  'referral.completed': staffNotice(
    '部门办结',
    '{department}已办结问题 {reference}，请确认办理结果。',
    'Referral completed',
    '{department} completed problem {reference}; please confirm the result.',
  ),
  'referral.completion_rejected': staffNotice(
    '办结未通过',
    '问题 {reference} 的办结未获确认：{reason}。请继续办理，期限 {dueDate}。',
    'Completion not accepted',
    'The completion of problem {reference} was not accepted: {reason}. Keep working on it, due {dueDate}.',
  ),
  'screening.overdue': staffNotice(
    '定单超时',
    '问题 {reference}（{community}）甄别已超时（第 {level} 级），请尽快定单。',
    'Screening overdue',
    'Screening of problem {reference} ({community}) is overdue (level {level}); please screen it.',
  ),
  'claiming.overdue': staffNotice(
    '接单超时',
    '问题 {reference}（{community}）无人接单已超时（第 {level} 级），请指派委员。',
    'Claiming overdue',
    'Nobody has claimed problem {reference} ({community}) in time (level {level}); please name a team.',
  ),
  'consultation.overdue': staffNotice(
    '协商超时',
    '问题 {reference}（{community}）协商已超时，请尽快协商并记录结果。',
    'Consultation overdue',
    'The consultation on problem {reference} ({community}) is overdue; please consult and record the outcome.',
  ),
  'follow_up.overdue': staffNotice(
    '回访超时',
    '问题 {reference}（{community}）回访已超时，请尽快回访群众。',
    'Follow-up overdue',
    'The call-back on problem {reference} ({community}) is overdue; please call the resident back.',
  ),
  'resident.received': residentText(
    '您反映的问题已受理，编号{reference}，查询码{trackingCode}。可凭查询码查看进展：{link}',
    'Your problem is received as {reference}; tracking code {trackingCode}. Follow it at {link}',
  ),
  'resident.screened': residentText(
    '您反映的问题{reference}审核结果：{outcome}。{reason} 详情：{link}',
    'Problem {reference} was screened: {outcome}. {reason} Details: {link}',
  ),
  'resident.concluded': residentText(
    '您反映的问题{reference}已完成协商，结果：{outcome}。详情：{link}',
    'The consultation on problem {reference} has concluded: {outcome}. Details: {link}',
  ),
  'resident.question': residentText(
    '关于您反映的问题{reference}，工作人员有问题需要您答复，请访问：{link}',
    'Staff have a question about problem {reference}; please answer at {link}',
  ),
  'resident.follow_up_question': residentText(
    '您反映的问题{reference}已处理，您对处理结果满意吗？请访问：{link}',
    'Problem {reference} has been handled. Are you satisfied with the result? Answer at {link}',
  ),
  'supervision.notice_issued': staffNotice(
    '督办函',
    '政协就问题 {reference}（{community}）向{department}发出督办函，请于 {dueDate} 前书面答复。',
    'Supervision notice',
    'The council sent {department} a supervision notice on problem {reference} ({community}); answer by {dueDate}.',
  ),
  'supervision.raised_to_leadership': staffNotice(
    '提级督办',
    '{department}未在期限内答复问题 {reference} 的督办函，已提交分管主席。',
    'Raised to the vice-chair',
    '{department} did not answer the supervision notice on problem {reference} in time; it is raised to the vice-chair.',
  ),
  'supervision.point_to_point': staffNotice(
    '点对点协商',
    '监督员就问题 {reference} 召集与{department}的点对点协商，请协商小组安排。',
    'Point-to-point consultation',
    'A supervisor convened a point-to-point consultation with {department} on problem {reference}; the team arranges it.',
  ),
  'supervision.notice_answered': staffNotice(
    '督办函已答复',
    '{department}已就问题 {reference} 的督办函作出书面答复，请监督员审阅。',
    'Notice answered',
    '{department} answered the supervision notice on problem {reference}; supervisors, please read it.',
  ),
  'supervision.finding': staffNotice(
    '监督结论',
    '问题 {reference} 的民主监督已作出结论：{outcome}。',
    'Supervision finding',
    'Democratic supervision of problem {reference} reached a finding: {outcome}.',
  ),
  'supervision.closed': staffNotice(
    '民主监督结案',
    '问题 {reference} 的民主监督已结案，转入跟进回访。',
    'Supervision closed',
    'Democratic supervision of problem {reference} is closed; the resident is followed up next.',
  ),
  'supervision.another_round': staffNotice(
    '再协商一轮',
    '监督员决定问题 {reference} 再协商一轮，请协商小组安排。',
    'Another round',
    'A supervisor ordered another round of consultation on problem {reference}; the team arranges it.',
  ),
  'supervision.archived_unresolved': staffNotice(
    '未解决归档',
    '问题 {reference} 经民主监督后按未解决归档，已向群众说明原因。',
    'Archived unresolved',
    'Problem {reference} is archived as unresolved after supervision; the resident was told why.',
  ),
  'follow_up.reopened': staffNotice(
    '重新协商',
    '群众对问题 {reference} 的处理结果不满意，请协商小组重新协商。',
    'Consult again',
    'The resident is dissatisfied with how problem {reference} was settled; the team consults again.',
  ),
  'follow_up.repeated_dissatisfaction': staffNotice(
    '多次不满意',
    '群众对问题 {reference} 再次表示不满意，请监督员决定再协商一轮或说明后归档。',
    'Dissatisfied again',
    'The resident is dissatisfied with problem {reference} once more; a supervisor decides: another round, or archive it with an explanation.',
  ),
  // For cadence notices {reference} is the calendar period and {community} the place.
  'cadence.locality_behind': staffNotice(
    '活动频次提醒',
    '{community}本期（{reference}）尚未开展召集人活动或协商，本期截止 {dueDate}。请及时安排。',
    'Cadence reminder',
    '{community} has held no convener activity or consultation this period ({reference}), which ends {dueDate}. Please arrange one.',
  ),
  'cadence.group_behind': staffNotice(
    '小组活动提醒',
    '委员小组在{community}本期（{reference}）尚未开展协商活动，本期截止 {dueDate}。',
    'Group cadence reminder',
    'The member group has held no consultation in {community} this period ({reference}), which ends {dueDate}.',
  ),
  'resident.reopened': residentText(
    '您对问题{reference}的处理意见已记录，委员将重新协商。{link}',
    'Your view on problem {reference} is recorded; the members will consult again. {link}',
  ),
  'resident.archived': residentText(
    '您反映的问题{reference}已办结归档，感谢您的参与。{link}',
    'Problem {reference} is settled and archived. Thank you for taking part. {link}',
  ),
};
