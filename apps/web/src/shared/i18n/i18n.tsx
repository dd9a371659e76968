import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { EN, LANGUAGES, ZH_CN, fillMessage, type Language, type MessageCatalog } from '@safegrid/contracts';
import { setApiLanguage } from '../api-client';
import { EN_UI } from './messages/en';
import { ZH_CN_UI, type UiMessageKey } from './messages/zh-cn';

const STORAGE_KEY = 'safegrid.language';
const UI: Record<Language, Record<UiMessageKey, string>> = { 'zh-CN': ZH_CN_UI, en: EN_UI };
const PROBLEMS: Record<Language, MessageCatalog> = { 'zh-CN': ZH_CN, en: EN };

export type Translate = (key: UiMessageKey, params?: Readonly<Record<string, string | number>>) => string;

interface I18n {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  readonly t: Translate;
  /** The title of an API problem code, from the same catalogue the server uses. */
  /** The title of an API problem code, its {placeholders} filled from `params`. */
  readonly problemTitle: (code: string, params?: Readonly<Record<string, string | number>>) => string;
}

export function storedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.find((language) => language === saved) ?? 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** A translate function outside React (the service layer, tests). */
export function translator(language: Language): Translate {
  const catalogue: Readonly<Record<string, string | undefined>> = UI[language];
  // A missing key shows as itself: visible in review, never a crash.
  return (key, params) => {
    const template = catalogue[key];
    return template === undefined ? key : fillMessage(template, params);
  };
}

const I18nContext = createContext<I18n | null>(null);

/** One i18n layer for the whole app: zh-CN by default, English on request, remembered in this browser. */
export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const initial = storedLanguage();
    setApiLanguage(initial);
    return initial;
  });
  const setLanguage = useCallback((next: Language) => {
    setApiLanguage(next);
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => ({
    language,
    setLanguage,
    t: translator(language),
    problemTitle: (code, params) => fillMessage(PROBLEMS[language].errors[code] ?? PROBLEMS[language].errors.internal ?? code, params),
  }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}

export function useT(): Translate {
  return useI18n().t;
}
