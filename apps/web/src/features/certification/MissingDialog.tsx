import { useId } from 'react';
import { useI18n, type MessageId } from '../../i18n';
import { Dialog } from '../../ui/dialog';
import type { MissingSection } from './missing';

interface MissingDialogProps {
  sections: readonly MissingSection[];
  /** "ไปกรอก{section}": the module's words for the way to a section. */
  goTo: MessageId;
  onGoTo: (section: string) => void;
  onClose: () => void;
  /** A warning under the list (e.g. the section on screen has unsaved changes). */
  note?: string | null;
}

/**
 * "กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล": every incomplete section with what is missing in it (the items when
 * the module names them, else why), and the way to each. The same popup for every module.
 */
export function MissingDialog({ sections, goTo, onGoTo, onClose, note }: MissingDialogProps) {
  const { t } = useI18n();
  const bodyId = useId();
  return (
    <Dialog role="alertdialog" title={t('cert.missingTitle')} describedBy={bodyId} onClose={onClose} className="dialog--alert">
      <div id={bodyId} className="dialog__body">
        <p>{t('cert.missingLead')}</p>
        <ul className="missing-list">
          {sections.map((s) => (
            <li key={s.section} className="missing-list__section">
              <span className="missing-list__mark" aria-hidden="true" />
              <span>
                <strong>{s.label}</strong>
                {s.items.length > 0 ? (
                  <>
                    {' '}
                    <span className="muted">({t('cert.items', { count: s.items.length })})</span>
                    <ul className="missing-list__items">
                      {s.items.map((item) => (
                        <li key={item.code}>{item.label}</li>
                      ))}
                    </ul>
                  </>
                ) : (
                  s.note && (
                    <>
                      <br />
                      <span className="missing-list__why">{s.note}</span>
                    </>
                  )
                )}
              </span>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  onClose();
                  onGoTo(s.section);
                }}
              >
                {t(goTo, { section: s.short ?? s.label })}
              </button>
            </li>
          ))}
        </ul>
        {note && <p className="es-warning">{note}</p>}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
          {t('cert.ok')}
        </button>
      </div>
    </Dialog>
  );
}
