import { useI18n } from '../i18n';
import { TextField, type TextFieldProps } from './forms';

type DateFieldBEProps = Omit<TextFieldProps, 'type' | 'inputMode' | 'placeholder' | 'maxLength'>;

/**
 * A day typed day/month/Buddhist-Era year ("31/12/2569"), as Thai officials write dates; parseDateBE (ui/dates) reads
 * it. Not a browser date picker: those show the Christian Era.
 */
export function DateFieldBE({ hint, autoComplete = 'off', ...props }: DateFieldBEProps) {
  const { t } = useI18n();
  return (
    <TextField
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete={autoComplete}
      maxLength={10}
      placeholder={t('date.placeholder')}
      hint={hint ?? t('date.hint')}
    />
  );
}
