import type { Lang } from '@lao/domain';
import { useI18n } from './I18nProvider';

const OPTIONS: { lang: Lang; label: string }[] = [
  { lang: 'th', label: 'ไทย' },
  { lang: 'en', label: 'English' },
];

/** "ไทย | English": each language named in itself, the current one pressed. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
      {OPTIONS.map((option, index) => (
        <span key={option.lang}>
          {index > 0 && <span className="lang-switch__sep" aria-hidden="true">|</span>}
          <button
            type="button"
            lang={option.lang}
            aria-pressed={lang === option.lang}
            onClick={() => setLang(option.lang)}
          >
            {option.label}
          </button>
        </span>
      ))}
    </div>
  );
}
