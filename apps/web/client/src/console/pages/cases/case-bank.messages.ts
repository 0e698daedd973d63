/** The case bank's words added with its Chinese search and history import (beside the pages). */
export const caseBankText = {
  zh: {
    qHint: '标题、案例写作、处理结果（两个字也可以，如“漏水”）',
    community: '社区',
    from: '办结日期自',
    to: '至（不含）',
    imported: '来源',
    importedOnly: '历史导入',
    notImported: '系统内办结',
    importedBadge: '历史导入',
    outcomeNote: '处理结果',
    draftSuggestion: '据此起草建议',
  },
  en: {
    qHint: 'Title, write-up, outcome (two characters are enough, e.g. 漏水)',
    community: 'Community',
    from: 'Settled from',
    to: 'to (exclusive)',
    imported: 'Source',
    importedOnly: 'Imported history',
    notImported: 'Settled in the system',
    importedBadge: 'Imported',
    outcomeNote: 'Outcome',
    draftSuggestion: 'Draft a suggestion from this case',
  },
};
