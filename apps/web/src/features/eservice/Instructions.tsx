import { useState } from 'react';
import { useI18n } from '../../i18n';

/** คำชี้แจง: the manual's objective and definition; open until the LAO has saved a side, then out of the way. */
export function Instructions({ initiallyOpen }: { initiallyOpen: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className="card es-instructions" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('es.instructions')}</summary>
      <ol className="es-instructions__list">
        <li>
          <strong>{t('es.objectiveLabel')}</strong> {t('es.objective')}
        </li>
        <li>
          <strong>{t('es.definitionLabel')}</strong> {t('es.definition')}
        </li>
      </ol>
      <p className="muted">{t('es.howTo')}</p>
    </details>
  );
}
