import { useMemo } from 'preact/hooks';
import type { Label } from '../api/labels.types';
import { useI18n } from '../../i18n/i18n';
import { consoleEn } from './console-messages.en';
import { type ConsoleMessages, consoleZh } from './console-messages.zh';

export interface ConsoleText {
  c: ConsoleMessages;
  lang: 'zh' | 'en';
  /** The label in the chosen language, or the fallback (usually the code). */
  label: (l: Label | null | undefined, fallback?: string) => string;
  /** A known code's word from a table of the messages, or the code itself. */
  word: (table: Record<string, string>, code: string | null | undefined) => string;
  formatDate: (iso: string | null | undefined) => string;
  /** 0.8765 → 87.7% (null: no data yet). */
  percent: (rate: number | null) => string;
}

/** The console's words, in the language the residents' switch chose (one switch for the whole site). */
export function useConsoleText(): ConsoleText {
  const { lang } = useI18n();
  return useMemo(() => {
    const c = lang === 'zh' ? consoleZh : consoleEn;
    const dates = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    return {
      c,
      lang,
      label: (l, fallback = '') => (l ? l[lang] : fallback),
      word: (table, code) => (code ? (table[code] ?? code) : c.common.none),
      formatDate: (iso) => (iso ? dates.format(new Date(iso)) : c.common.none),
      percent: (rate) => (rate === null ? c.dashboard.noRate : `${(rate * 100).toFixed(1)}%`),
    };
  }, [lang]);
}
