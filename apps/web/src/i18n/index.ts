export { I18nProvider, useI18n, storedLang, translateMessage, LANG_STORAGE_KEY, type I18n } from './I18nProvider';
export { LanguageSwitch } from './LanguageSwitch';
export { localName } from './names';
export type { MessageId } from './th';
