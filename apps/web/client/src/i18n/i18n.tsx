import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { en } from './messages.en';
import { type Messages, zh } from './messages.zh';

export type Lang = 'zh' | 'en';
const MESSAGES: Record<Lang, Messages> = { zh, en };
const STORAGE_KEY = 'shangliang.lang';

interface I18n {
  lang: Lang;
  t: Messages;
  setLang: (lang: Lang) => void;
  /** Picks the resident's language from a server label ({ zh, en }). */
  label: (label: { zh: string; en: string } | undefined, fallback?: string) => string;
  formatDate: (iso: string, withTime?: boolean) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Chinese first; a resident's switch to English is remembered on their device. */
export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = MESSAGES[lang].lang.htmlLang;
    document.title = MESSAGES[lang].site.title;
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Private browsing may refuse storage; the switch still works for this visit.
    }
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
    return {
      lang,
      t: MESSAGES[lang],
      setLang,
      label: (l, fallback = '') => (l ? l[lang] : fallback),
      formatDate: (iso, withTime = true) =>
        new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'long' }).format(new Date(iso)),
    };
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'zh') return fromUrl;
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}
