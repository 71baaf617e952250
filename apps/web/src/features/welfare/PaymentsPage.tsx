import { useQuery } from '@apollo/client/react';
import { formatNumber } from '@lao/domain';
import { useId, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { localName, useI18n } from '../../i18n';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ExportButton } from '../../ui/useExport';
import { FiscalYearSelect, useFiscalYearParam } from '../certification/fiscalYear';
import { readsPersonal } from './access';
import { allowanceLabel, baht, fiscalMonths, formatMonth, personName } from './format';
import { welfareLaoQuery } from './operations';
import { usePaymentMonth, usePayments } from './usePayments';
import { WelfareCrumbs } from './WelfareCrumbs';
import './welfare.css';

/** Rows drawn at first (a large municipality pays thousands; a cheap laptop draws them a batch at a time, read a page at a time). */
const BATCH = 100;

/**
 * The month's payments of an LAO (/welfare/lao/:laoCode/payments?year=&month=): the fiscal months in Thai (month 1 =
 * October, BE years), how many are paid and how much (by type), the list, and the Excel and bank-file exports, both
 * recorded on the audit trail. Allowances are paid by the 10th of the month.
 */
export default function PaymentsPage() {
  const { laoCode = '' } = useParams();
  const { t, lang } = useI18n();
  const user = useUser();
  const monthId = useId();
  const { year, years, setYear } = useFiscalYearParam();
  const { month, setMonth } = usePaymentMonth(year);
  const lao = useQuery(welfareLaoQuery, { variables: { code: laoCode }, fetchPolicy: 'cache-first' }).data?.localAuthority;
  const payments = usePayments(laoCode, year, month);
  const [shown, setShown] = useState(BATCH);
  const data = payments.data;
  const monthStart = fiscalMonths(year)[month - 1]!.start;
  const monthName = formatMonth(monthStart, lang);
  useDocumentTitle(`${t('welfare.pay.title')} ${monthName}${lao ? ` · ${localName(lao, lang)}` : ''}`);
  const rows = data?.rows ?? [];
  const personal = readsPersonal(user);
  // More rows are drawn from those read; the next page is read when the drawn rows would pass them.
  const showMore = () => {
    const next = shown + BATCH * 5;
    if (next > rows.length && payments.hasMore) void payments.loadMore();
    setShown(next);
  };

  return (
    <article className="welfare-payments">
      {lao && <WelfareCrumbs lao={lao} current={t('welfare.pay.title')} />}
      <header className="page-header page-header--row">
        <div>
          <p className="page-header__eyebrow">{t('welfare.module')}</p>
          <h1>{t('welfare.pay.heading', { month: monthName })}</h1>
          <p className="page-header__sub">
            {lao ? localName(lao, lang) : laoCode} · {t('welfare.pay.paidBy', { day: `10 ${monthName}` })}
          </p>
        </div>
        <div className="welfare-pickers">
          <FiscalYearSelect label={t('infoCommon.fiscalYear')} year={year} years={years} onChange={setYear} />
          <div className="field">
            <label className="field__label" htmlFor={monthId}>
              {t('welfare.pay.month')}
            </label>
            <select id={monthId} className="input" value={month} onChange={(e) => setMonth(Number(e.target.value))}>
              {fiscalMonths(year).map((m) => (
                <option key={m.month} value={m.month}>
                  {formatMonth(m.start, lang)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </header>

      <ErrorAlert>{payments.problem}</ErrorAlert>
      {payments.loading ? (
        <Loading label={t('common.loading')} />
      ) : (
        data && (
          <>
            <section className="card" aria-labelledby="pay-summary-title">
              <h2 id="pay-summary-title">{t('welfare.pay.summary')}</h2>
              <dl className="stat-tiles welfare-pay-tiles">
                <div className="stat-tile">
                  <dt>{t('welfare.pay.count')}</dt>
                  <dd data-testid="pay-count">{t('welfare.people', { count: formatNumber(data.count) })}</dd>
                </div>
                <div className="stat-tile">
                  <dt>{t('welfare.pay.total')}</dt>
                  <dd data-testid="pay-total">{t('welfare.bahtAmount', { amount: baht(data.total) })}</dd>
                </div>
                {payments.byType.map((row) => (
                  <div key={row.type} className="stat-tile">
                    <dt>{allowanceLabel(row.type, lang)}</dt>
                    <dd>
                      {t('welfare.people', { count: formatNumber(row.count) })}
                      <span className="cell-sub">{t('welfare.bahtAmount', { amount: baht(row.total) })}</span>
                    </dd>
                  </div>
                ))}
              </dl>
              <div className="welfare-export">
                <ExportButton label={t('welfare.pay.exportExcel')} running={payments.exporter.running} disabled={!personal || data.count === 0} onClick={() => void payments.exportExcel()} />
                <ExportButton label={t('welfare.pay.exportBank')} running={payments.exporter.running} disabled={!personal || data.count === 0} onClick={() => void payments.exportBank()} />
              </div>
              <p className="muted">{personal ? t('welfare.pay.exportNote') : t('welfare.pay.exportNoRight')}</p>
              <StatusMessage className="registry__status">{payments.exporter.status}</StatusMessage>
              <ErrorAlert>{payments.exporter.error}</ErrorAlert>
            </section>

            <section className="card" aria-labelledby="pay-list-title">
              <h2 id="pay-list-title">{t('welfare.pay.list')}</h2>
              <div className="table-wrap">
                <table className="table welfare-table">
                  <caption className="visually-hidden">{t('welfare.pay.heading', { month: monthName })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('welfare.col.nationalId')}</th>
                      <th scope="col">{t('welfare.col.name')}</th>
                      <th scope="col">{t('welfare.col.type')}</th>
                      <th scope="col" className="num">
                        {t('welfare.pay.amountBaht')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.slice(0, shown).map((row) => (
                      <tr key={row.beneficiary.id}>
                        <td className="code nowrap">{row.beneficiary.maskedNationalId}</td>
                        <th scope="row">{personName(row.beneficiary.person)}</th>
                        <td>{allowanceLabel(row.beneficiary.allowanceType, lang)}</td>
                        <td className="num">{baht(row.amount)}</td>
                      </tr>
                    ))}
                    {rows.length === 0 && (
                      <tr>
                        <td colSpan={4} className="table__empty">
                          {t('welfare.pay.empty', { month: monthName })}
                        </td>
                      </tr>
                    )}
                  </tbody>
                  {rows.length > 0 && (
                    <tfoot>
                      <tr>
                        <th scope="row" colSpan={3}>
                          {t('welfare.pay.totalRow', { count: formatNumber(data.count) })}
                        </th>
                        <td className="num">{baht(data.total)}</td>
                      </tr>
                    </tfoot>
                  )}
                </table>
              </div>
              {(rows.length > shown || payments.hasMore) && (
                <button type="button" className="button button--secondary" onClick={showMore}>
                  {t('welfare.pay.more', { shown: formatNumber(Math.min(shown, rows.length)), total: formatNumber(data.count) })}
                </button>
              )}
            </section>
          </>
        )
      )}
    </article>
  );
}
