import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { liveStrings } from "../live/strings.ts";
import { memberStrings } from "../member/strings.ts";
import { publicStrings } from "../public/strings.ts";
import { staffStrings } from "../staff/strings.ts";
import { supermarketStrings } from "../supermarket/strings.ts";
import { teamStrings } from "../team/strings.ts";
import { unitStrings } from "../unit/strings.ts";
import { en } from "./en.ts";
import { zhCN } from "./zh-CN.ts";

/** Shared strings (zh-CN.ts / en.ts) plus each feature's own (<feature>/strings.ts). */
const features = [
  liveStrings,
  unitStrings,
  memberStrings,
  teamStrings,
  staffStrings,
  supermarketStrings,
  publicStrings,
];
type KeysOf<Strings extends { "zh-CN": object }> = keyof Strings["zh-CN"];
type FeatureKeys =
  | KeysOf<typeof liveStrings>
  | KeysOf<typeof unitStrings>
  | KeysOf<typeof memberStrings>
  | KeysOf<typeof teamStrings>
  | KeysOf<typeof staffStrings>
  | KeysOf<typeof supermarketStrings>
  | KeysOf<typeof publicStrings>;

export type MessageKey = keyof typeof zhCN | FeatureKeys;
export const languages = {
  "zh-CN": Object.assign({}, zhCN, ...features.map((f) => f["zh-CN"])) as Record<MessageKey, string>,
  en: Object.assign({}, en, ...features.map((f) => f.en)) as Record<MessageKey, string>,
} as const;
export type Language = keyof typeof languages;

const STORAGE_KEY = "cobuild.lang";

interface I18n {
  lang: Language;
  setLang(lang: Language): void;
  /** Looks up a message and fills `{name}` placeholders. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** Looks up a key built at run time (e.g. `category.${c}`), falling back to the raw value. */
  tOr(key: string, fallback: string): string;
  formatNumber(n: number): string;
}

const I18nContext = createContext<I18n | null>(null);

const initialLanguage = (): Language => {
  const stored = typeof localStorage === "undefined" ? null : localStorage.getItem(STORAGE_KEY);
  return stored === "en" || stored === "zh-CN" ? stored : "zh-CN";
};

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dict: Record<string, string> = languages[lang];
    const numberFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    return {
      lang,
      setLang,
      t: (key, values) =>
        (dict[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`)),
      tOr: (key, fallback) => dict[key] ?? fallback,
      formatNumber: (n) => numberFormat.format(n),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
