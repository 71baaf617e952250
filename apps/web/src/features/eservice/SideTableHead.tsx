import { ESERVICE_STEP_LABELS, ESERVICE_STEPS } from '@lao/domain';
import { useI18n } from '../../i18n';

/** The seed's column headings: the item, มี/ไม่มี, จำเป็น/ไม่จำเป็น, steps 1–6, channels, users. */
export function SideTableHead() {
  const { t, lang } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col" rowSpan={2} className="es-col-item">
          {t('es.col.item')}
        </th>
        <th scope="colgroup" colSpan={2}>
          {t('es.col.offered')}
        </th>
        <th scope="colgroup" colSpan={2} className="es-col-wrap">
          {t('es.col.needed')}
        </th>
        <th scope="colgroup" colSpan={6} className="es-col-wrap">
          {t('es.col.steps')}
        </th>
        <th scope="col" rowSpan={2} className="es-col-wrap es-col-channels">
          {t('es.col.channels')}
        </th>
        <th scope="col" rowSpan={2} className="es-col-wrap es-col-users">
          {t('es.col.users')}
        </th>
      </tr>
      <tr>
        <th scope="col" className="es-col-choice">
          {t('es.yes')}
        </th>
        <th scope="col" className="es-col-choice">
          {t('es.no')}
        </th>
        <th scope="col" className="es-col-choice">
          {t('es.needed')}
        </th>
        <th scope="col" className="es-col-choice">
          {t('es.notNeeded')}
        </th>
        {ESERVICE_STEPS.map((step) => (
          <th scope="col" key={step} className="es-col-step">
            <span className="es-step-no">{t('es.stepNo', { n: step })}</span>
            <span className="es-step-label">{ESERVICE_STEP_LABELS[step]?.[lang]}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}
