import { useQuery } from '@apollo/client/react';
import { ALLOWANCE_TYPE_LABELS, BENEFICIARY_STATUS_LABELS, translate } from '@lao/domain';
import { localName, useI18n } from '../../i18n';
import { allowanceLabel } from './format';
import { welfareLaoQuery } from './operations';
import type { Duplicate } from './useRegistration';
import type { Enrolment } from './useNationalIdCheck';

/** The LAO a code names, when the registry knows it ("เทศบาลนครนนทบุรี จังหวัดนนทบุรี"). */
function LaoName({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const lao = useQuery(welfareLaoQuery, { variables: { code }, fetchPolicy: 'cache-first' }).data?.localAuthority;
  if (!lao) return null;
  return <> ({t('welfare.reg.laoPlace', { lao: localName(lao, lang), province: localName(lao.province, lang) })})</>;
}

/**
 * "บุคคลนี้มีสิทธิ์เบี้ยยังชีพผู้สูงอายุอยู่แล้วที่ อปท. รหัส … ลงทะเบียนซ้ำไม่ได้": the shared message the API's
 * DUPLICATE conflict says, shown as soon as the check finds it (and again if the server refuses).
 */
export function DuplicateWarning({ duplicate, id }: { duplicate: Duplicate; id?: string }) {
  const { t, lang } = useI18n();
  return (
    <div className="alert alert--error welfare-duplicate" role="alert" id={id}>
      <p>
        {translate('welfare.duplicate', lang, { type: ALLOWANCE_TYPE_LABELS[duplicate.allowanceType], laoCode: duplicate.laoCode })}
        <LaoName code={duplicate.laoCode} />
      </p>
      <p className="welfare-duplicate__hint">{t('welfare.reg.duplicateHint')}</p>
    </div>
  );
}

/** The person's other enrolments (another type, or ended ones), for the official to know before registering. */
export function OtherEnrolments({ enrolments }: { enrolments: readonly Enrolment[] }) {
  const { t, lang } = useI18n();
  if (enrolments.length === 0) return null;
  return (
    <div className="note" role="note">
      <p>{t('welfare.reg.otherEnrolments')}</p>
      <ul>
        {enrolments.map((e) => (
          <li key={`${e.allowanceType}-${e.laoCode}-${e.status}`}>
            {t('welfare.reg.enrolment', { type: allowanceLabel(e.allowanceType, lang), laoCode: e.laoCode, status: BENEFICIARY_STATUS_LABELS[e.status][lang] })}
          </li>
        ))}
      </ul>
    </div>
  );
}
