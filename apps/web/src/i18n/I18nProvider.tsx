import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isMessageKey, translate, type Lang } from '@lao/domain';
import { en } from './en';
import { th, type MessageId } from './th';

export const LANG_STORAGE_KEY = 'lao.lang';

const dictionaries: Record<Lang, Record<MessageId, string>> = { th, en };

export type Params = Record<string, string | number>;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** UI text by id, `{name}` placeholders filled from params. */
  t: (id: MessageId, params?: Params) => string;
  /**
   * A validation message: a message key of @lao/domain (what our zod schemas put in issues, optionally with
   * `?name=value` parameters) translated now, so it follows the language switch; any other text as it is
   * (the server's messages arrive already translated).
   */
  msg: (message: string | undefined) => string;
}

function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

export function translateMessage(message: string | undefined, lang: Lang): string {
  if (!message) return '';
  const [key = '', query] = message.split('?', 2);
  if (!isMessageKey(key)) return message;
  const params: Params = {};
  if (query) {
    for (const [name, value] of new URLSearchParams(query)) params[name] = value;
  }
  return translate(key, lang, params);
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initialLang }: { children: ReactNode; initialLang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? storedLang());

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const dictionary = dictionaries[lang];
    return {
      lang,
      setLang,
      t: (id, params) => fill(dictionary[id], params),
      msg: (message) => translateMessage(message, lang),
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() outside <I18nProvider>');
  return value;
}
