import { formatNumber } from '@lao/domain';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { localName, useI18n } from '../../i18n';
import { SortHeader } from '../../ui/sorting';
import { provincePath } from '../certification/moduleKit';
import type { ProvinceAdoptionRow } from './exportExcel';
import { formatShare } from './format';
import { eServiceModule } from './module';
import { share, type ProvinceSortKey } from './reportRules';

interface ProvinceAdoptionTableProps {
  /** Sorted as the table shows them. */
  rows: readonly ProvinceAdoptionRow[];
  loaded: boolean;
  sort: { key: ProvinceSortKey; direction: 'ascending' | 'descending' };
  onSort: (key: ProvinceSortKey) => void;
  /** The chosen province, highlighted. */
  selected: string;
  withYear: (path: string) => string;
}

/** How provinces compare: LAOs, respondents, those offering any e-Service, and the share of items offered; sortable. */
export function ProvinceAdoptionTable({ rows, loaded, sort, onSort, selected, withYear }: ProvinceAdoptionTableProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const sortHeader = (column: ProvinceSortKey, label: string, numeric = true) => (
    <SortHeader column={column} label={label} sort={sort} onSort={onSort} className={numeric ? 'es-num' : undefined} />
  );
  return (
    <section className="es-report__section" aria-labelledby={id}>
      <h2 id={id}>{t('es.report.provincesTitle')}</h2>
      <p className="muted">{t('es.report.provincesHint')}</p>
      <div className="table-wrap">
        <table className="table es-provinces">
          <caption className="visually-hidden">{t('es.report.provincesTitle')}</caption>
          <thead>
            <tr>
              {sortHeader('province', t('es.col.province'), false)}
              {sortHeader('laoCount', t('es.report.laoCount'))}
              {sortHeader('respondents', t('es.report.respondents'))}
              {sortHeader('respondentShare', t('es.report.respondentShare'))}
              {sortHeader('offeringAny', t('es.report.offeringAny'))}
              {sortHeader('offeringAnyShare', t('es.report.offeringAnyShare'))}
              {sortHeader('offeredShare', t('es.report.itemShare'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.provinceCode} className={r.provinceCode === selected ? 'is-selected' : undefined}>
                <th scope="row">
                  <Link to={withYear(provincePath(eServiceModule, r.provinceCode))}>{localName(r.province, lang)}</Link>
                </th>
                <td className="es-num">{formatNumber(r.laoCount)}</td>
                <td className="es-num">{formatNumber(r.respondents)}</td>
                <td className="es-num">{formatShare(share(r.respondents, r.laoCount))}</td>
                <td className="es-num">{formatNumber(r.offeringAny)}</td>
                <td className="es-num">{formatShare(share(r.offeringAny, r.respondents))}</td>
                <td className="es-num es-share">
                  <span className="es-share__bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(r.offeredShare * 100)}%` }} />
                  </span>
                  {formatShare(r.offeredShare)}
                </td>
              </tr>
            ))}
            {loaded && rows.length === 0 && (
              <tr>
                <td colSpan={7} className="table__empty">
                  {t('es.report.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
