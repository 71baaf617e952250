import { useI18n } from '../../i18n';

export interface SideState {
  side: number;
  title: string;
  complete: boolean;
  savedAt: string | null;
  /** Items without an answer (as saved). */
  unanswered: number;
  total: number;
}

interface SideNavProps {
  sides: readonly SideState[];
  current: number;
  /** Sides the last certify attempt found incomplete: outlined in red until they are complete. */
  flagged: ReadonlySet<number>;
  onSelect: (side: number) => void;
}

/** Status icon: a red "!" while the side is incomplete, a green tick once it is complete. */
export function SideIcon({ complete }: { complete: boolean }) {
  return (
    <svg
      className={`es-side-icon ${complete ? 'es-side-icon--complete' : 'es-side-icon--incomplete'}`}
      data-status={complete ? 'complete' : 'incomplete'}
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="10" cy="10" r="9" fill="currentColor" />
      {complete ? (
        <path d="M5.5 10.5l3 3 6-6.5" fill="none" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        <path d="M10 5v6.2M10 14.2v.6" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
      )}
    </svg>
  );
}

/** Sides 1–6 of the survey, each with its title and its state, the current one marked. */
export function SideNav({ sides, current, flagged, onSelect }: SideNavProps) {
  const { t } = useI18n();
  return (
    <nav className="es-sidenav" aria-label={t('es.sidesNav')}>
      <ol className="es-sidenav__list">
        {sides.map((s) => {
          const state = s.complete ? t('es.sideComplete') : t('es.sideIncomplete');
          return (
            <li key={s.side}>
              <button
                type="button"
                className={[
                  'es-sidenav__item',
                  s.side === current ? 'is-current' : '',
                  s.complete ? 'is-complete' : 'is-incomplete',
                  flagged.has(s.side) && !s.complete ? 'is-flagged' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                aria-current={s.side === current ? 'step' : undefined}
                onClick={() => onSelect(s.side)}
              >
                <SideIcon complete={s.complete} />
                <span className="es-sidenav__text">
                  <span className="es-sidenav__no">{t('es.sideNo', { side: s.side })}</span>{' '}
                  <span className="es-sidenav__title">{s.title}</span>{' '}
                  <span className="es-sidenav__state">
                    <span className="visually-hidden">{state}: </span>
                    {s.complete
                      ? s.total === 0
                        ? t('es.sideSavedEmpty')
                        : t('es.sideDone', { total: s.total })
                      : s.savedAt
                        ? t('es.sideLeft', { count: s.unanswered })
                        : t('es.sideNotSaved')}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
