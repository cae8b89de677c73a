/**
 * Every user-facing string of the core carries both languages. Rules build them with `msg`, so a
 * missing translation is a type error rather than a runtime fallback; adapters pick one with `localize`.
 */
export interface Localized {
  readonly zh: string;
  readonly en: string;
}

export type Lang = 'zh-cn' | 'en';

export function msg(zh: string, en: string): Localized {
  return { zh, en };
}

export function localize(m: Localized, lang: Lang): string {
  return lang === 'en' ? m.en : m.zh;
}

/** VS Code and the environment give locales such as zh-CN, zh-cn, zh_CN.UTF-8, zh-tw, en-US. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^zh/i.test(locale) ? 'zh-cn' : 'en';
}
