import { useRef, useState } from 'react';
import { useI18n } from '../../i18n';
import { StatusMessage } from '../../ui/feedback';

/** The key itself, shown this once: selectable, copyable, with the warning that it cannot be seen again. */
export function NewKey({ name, apiKey, onDismiss }: { name: string; apiKey: string; onDismiss: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopied(true);
    } catch {
      // No clipboard access (plain http): select the text so Ctrl+C works.
      field.current?.select();
    }
  };

  return (
    <section className="card card--warning">
      <h2 id="new-key-title">{t('keys.newKey', { name })}</h2>
      <p className="warning" role="alert">
        <strong>⚠ {t('keys.shownOnce')}</strong>
      </p>
      <div className="copy-box">
        <label className="visually-hidden" htmlFor="new-key-value">
          {t('keys.newKey', { name })}
        </label>
        <input
          ref={field}
          id="new-key-value"
          className="input code"
          readOnly
          value={apiKey}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
        />
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {copied ? t('keys.copied') : t('keys.copy')}
        </button>
      </div>
      <StatusMessage>{copied ? t('keys.copied') : null}</StatusMessage>
      <p>
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {t('keys.dismiss')}
        </button>
      </p>
    </section>
  );
}
