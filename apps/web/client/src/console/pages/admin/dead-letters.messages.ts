/**
 * The dead-letter page's words. Kept beside the page (one small admin page) rather than in the
 * console's message tables.
 */
export const deadLetterText = {
  zh: {
    tab: '死信',
    heading: '未能投递的消息（死信）',
    intro: '这些消息多次发布失败，已停止重试。排除原因后可重新投递。',
    none: '没有死信。',
    sender: '发送方',
    message: '消息',
    problem: '问题',
    attempts: '尝试次数',
    deadAt: '停止于',
    error: '最后的错误',
    redrive: '重新投递',
    redriving: '投递中…',
    redriven: '已重新排队。',
  },
  en: {
    tab: 'Dead letters',
    heading: 'Messages that could not be published (dead letters)',
    intro: 'These messages failed to publish too often and are no longer tried. Re-drive one once its cause is fixed.',
    none: 'No dead letters.',
    sender: 'Sender',
    message: 'Message',
    problem: 'Problem',
    attempts: 'Attempts',
    deadAt: 'Stopped',
    error: 'Last error',
    redrive: 'Re-drive',
    redriving: 'Re-driving…',
    redriven: 'Queued again.',
  },
} as const;
