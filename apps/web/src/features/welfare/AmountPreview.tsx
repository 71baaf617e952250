import { ageOn, firstPaidMonth, monthlyAmount, type AllowanceType } from '@lao/domain';
import { useWatch, type Control } from 'react-hook-form';
import { useI18n } from '../../i18n';
import { parseDateBE } from '../../ui/dates';
import { baht, formatMonth } from './format';
import type { RegistrationValues } from './registrationForm';

/** What the shared rules compute for the typed person: the first month paid and its amount (never typed by hand). */
export function previewOf(values: { allowanceType: AllowanceType | ''; birthDate: string; registeredOn: string }) {
  const birth = parseDateBE(values.birthDate);
  const registered = parseDateBE(values.registeredOn);
  if (!values.allowanceType || !birth || !registered || registered < birth) return null;
  const first = firstPaidMonth(values.allowanceType, birth, registered);
  return { firstMonth: first, amount: monthlyAmount(values.allowanceType, birth, first), ageAtRegistration: ageOn(birth, registered) };
}

/** "เบี้ยต่อเดือน 600 บาท เริ่มจ่ายเดือนพฤศจิกายน 2569", shown before saving, as the registry will pay it. */
export function AmountPreview({ control }: { control: Control<RegistrationValues> }) {
  const { t, lang } = useI18n();
  const [allowanceType, birthDate, registeredOn] = useWatch({ control, name: ['allowanceType', 'birthDate', 'registeredOn'] });
  const preview = previewOf({ allowanceType, birthDate, registeredOn });
  return (
    <section className="welfare-preview" aria-labelledby="reg-preview-title" aria-live="polite">
      <h3 id="reg-preview-title">{t('welfare.reg.preview')}</h3>
      {preview ? (
        <dl className="facts facts--compact">
          <div>
            <dt>{t('welfare.reg.amount')}</dt>
            <dd>{t('welfare.bahtAmount', { amount: baht(preview.amount) })}</dd>
          </div>
          <div>
            <dt>{t('welfare.reg.firstMonth')}</dt>
            <dd>{formatMonth(preview.firstMonth, lang)}</dd>
          </div>
          <div>
            <dt>{t('welfare.reg.age')}</dt>
            <dd>{t('welfare.reg.years', { age: preview.ageAtRegistration })}</dd>
          </div>
        </dl>
      ) : (
        <p className="muted">{t('welfare.reg.previewEmpty')}</p>
      )}
      <p className="muted">{t('welfare.paidBy10th')}</p>
    </section>
  );
}
