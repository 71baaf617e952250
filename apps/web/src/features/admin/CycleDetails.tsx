import { useI18n } from '../../i18n';
import type { CycleDetailFragment } from '../../generated/graphql';
import { formatMoment } from '../../ui/dates';

interface CycleDetailsProps {
  cycle: CycleDetailFragment;
  fiscalYear: number;
  scopeName: (code: string) => string;
  onEditExtension: (scopeCode: string, until: string) => void;
  onRemoveExtension: (scopeCode: string) => void;
}

/** A cycle as the API answers it: its windows in order, its deadline, and the extensions with their changes. */
export function CycleDetails({ cycle, fiscalYear, scopeName, onEditExtension, onRemoveExtension }: CycleDetailsProps) {
  const { t, lang } = useI18n();
  const at = (value: string) => formatMoment(value, lang);
  return (
    <section className="card" aria-labelledby="cycle-current-title">
      <h2 id="cycle-current-title">{t('cycles.current', { year: fiscalYear })}</h2>
      <p>
        {t('cycles.deadline')}: <strong>{at(cycle.deadline)}</strong>
      </p>
      <div className="table-wrap">
        <table className="table">
          <caption>{t('cycles.windows')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cycles.col.window')}</th>
              <th scope="col">{t('cycles.col.opensAt')}</th>
              <th scope="col">{t('cycles.col.closesAt')}</th>
            </tr>
          </thead>
          <tbody>
            {cycle.windows.map((w, i) => (
              <tr key={w.opensAt}>
                <th scope="row">{t('cycles.windowNo', { n: i + 1 })}</th>
                <td>{at(w.opensAt)}</td>
                <td>{at(w.closesAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table className="table">
          <caption>{t('cycles.extensions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cycles.col.scope')}</th>
              <th scope="col">{t('cycles.col.until')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('cycles.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {cycle.extensions.map((x) => (
              <tr key={x.scopeCode}>
                <td>{scopeName(x.scopeCode)}</td>
                <td>{at(x.until)}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="button button--small button--secondary" onClick={() => onEditExtension(x.scopeCode, x.until)}>
                      {t('cycles.editExtension')}
                      <span className="visually-hidden"> {scopeName(x.scopeCode)}</span>
                    </button>
                    <button type="button" className="button button--small button--secondary button--danger" onClick={() => onRemoveExtension(x.scopeCode)}>
                      {t('cycles.removeExtension')}
                      <span className="visually-hidden"> {scopeName(x.scopeCode)}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
            {cycle.extensions.length === 0 && (
              <tr>
                <td colSpan={3} className="table__empty">
                  {t('cycles.noExtensions')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
