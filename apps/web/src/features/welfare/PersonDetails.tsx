import { END_REASON_LABELS, PAYMENT_METHOD_LABELS } from '@lao/domain';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { allowanceLabel, baht, BeneficiaryStatusBadge, formatDay, formatMonth } from './format';
import type { PersonData } from './usePerson';

interface PersonDetailsProps {
  person: PersonData;
  /** The full ID once revealed for a purpose (this page only). */
  revealedId: string | null;
  /** "แสดงเลขประจำตัวประชาชน", for a user with the right to it. */
  revealAction: ReactNode;
}

/**
 * The enrolment and the person as the API answers them: a user without the right to personal data reads masked
 * names and "—" where the API sends nothing (the page never fills in what it was not given).
 */
export function PersonDetails({ person, revealedId, revealAction }: PersonDetailsProps) {
  const { t, lang } = useI18n();
  const p = person.person;
  const none = <span className="muted">{t('welfare.notShown')}</span>;
  const shown = (value: string | null | undefined) => (value ? value : none);
  return (
    <>
      <section className="card" aria-labelledby="person-facts-title">
        <h2 id="person-facts-title">{t('welfare.person.personal')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('welfare.field.nationalId')}</dt>
            <dd>
              <span className="code">{revealedId ?? person.maskedNationalId}</span> {!revealedId && revealAction}
            </dd>
          </div>
          <div>
            <dt>{t('welfare.field.birthDate')}</dt>
            <dd>{p.birthDate ? formatDay(p.birthDate, lang) : none}</dd>
          </div>
          <div>
            <dt>{t('welfare.field.sex')}</dt>
            <dd>{t(p.sex === 'MALE' ? 'welfare.sex.MALE' : 'welfare.sex.FEMALE')}</dd>
          </div>
          <div>
            <dt>{t('welfare.field.address')}</dt>
            <dd>{shown(p.address)}</dd>
          </div>
          <div>
            <dt>{t('welfare.field.phone')}</dt>
            <dd>{shown(p.phone)}</dd>
          </div>
        </dl>
      </section>

      <section className="card" aria-labelledby="person-allowance-title">
        <h2 id="person-allowance-title">{t('welfare.person.allowance')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('welfare.field.allowanceType')}</dt>
            <dd>{allowanceLabel(person.allowanceType, lang)}</dd>
          </div>
          <div>
            <dt>{t('welfare.col.status')}</dt>
            <dd>
              <BeneficiaryStatusBadge status={person.status} lang={lang} />
              {person.endReason && <span className="cell-sub">{END_REASON_LABELS[person.endReason][lang]}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('welfare.col.monthly')}</dt>
            <dd>{t('welfare.bahtAmount', { amount: baht(person.monthlyAmount) })}</dd>
          </div>
          <div>
            <dt>{t('welfare.field.registeredOn')}</dt>
            <dd>{formatDay(person.registeredOn, lang)}</dd>
          </div>
          <div>
            <dt>{t('welfare.reg.firstMonth')}</dt>
            <dd>{formatMonth(person.firstPaidMonth, lang)}</dd>
          </div>
          {person.endedOn && (
            <div>
              <dt>{t('welfare.person.endedOn')}</dt>
              <dd>{formatDay(person.endedOn, lang)}</dd>
            </div>
          )}
          <div>
            <dt>{t('welfare.field.paymentMethod')}</dt>
            <dd>{PAYMENT_METHOD_LABELS[person.paymentMethod][lang]}</dd>
          </div>
          {person.paymentMethod === 'BANK_TRANSFER' && (
            <div>
              <dt>{t('welfare.field.bankAccount')}</dt>
              <dd className="code">{shown(person.bankAccount)}</dd>
            </div>
          )}
          {person.allowanceType === 'DISABILITY' && (
            <div>
              <dt>{t('welfare.field.disabilityCardNo')}</dt>
              <dd className="code">{shown(person.disabilityCardNo)}</dd>
            </div>
          )}
        </dl>
      </section>
    </>
  );
}
