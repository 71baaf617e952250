import { useApolloClient, useQuery } from '@apollo/client/react';
import { formatNumber, INFO_DOMAINS } from '@lao/domain';
import { useMemo, useState } from 'react';
import type { LocalAuthorityFilter } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { todayForFileName } from '../../ui/dates';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { ProgressBar, usePagedExport } from '../../ui/progress';
import { domainIndicators, domainLabel, toCatalogueIndicator } from './infoCatalogue';
import { infoIndicatorsQuery } from './operations';
import { fetchInfoValues, indicatorHeader, MAX_EXPORT_INDICATORS, writeValuesWorkbook } from './valuesExport';
import './infoData.css';

interface ValuesExportCardProps {
  fiscalYear: number;
  /** The page's filter: one province, or none for the whole country. */
  filter: LocalAuthorityFilter;
  /** Where the filter is, for the file's name ("นนทบุรี", "ทั้งประเทศ"). */
  scopeName: string;
}

/**
 * "ส่งออกค่าตัวชี้วัด": the person picks indicators by domain, and every LAO of the filter is paged in the background
 * (with a progress bar and cancel) into one workbook of their values.
 */
export function ValuesExportCard({ fiscalYear, filter, scopeName }: ValuesExportCardProps) {
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const catalogueQuery = useQuery(infoIndicatorsQuery, { variables: { fiscalYear } });
  const catalogue = useMemo(() => (catalogueQuery.data?.infoIndicators ?? []).map(toCatalogueIndicator), [catalogueQuery.data]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const exporter = usePagedExport();
  // In catalogue order (domain by domain), whatever order they were ticked in.
  const picked = INFO_DOMAINS.flatMap((domain) => domainIndicators(catalogue, domain)).filter((i) => chosen.has(i.code));
  const full = chosen.size >= MAX_EXPORT_INDICATORS;

  const toggle = (codes: string[], on: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      for (const code of codes) {
        if (!on) next.delete(code);
        else if (next.size < MAX_EXPORT_INDICATORS) next.add(code);
      }
      return next;
    });

  const start = () =>
    exporter.run(async (signal, onProgress) => {
      const rows = await fetchInfoValues(client, { fiscalYear, indicatorCodes: picked.map((i) => i.code), filter }, onProgress, signal);
      if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
      const fileName = `${t('infoExport.file', { scope: scopeName, year: fiscalYear })}-${todayForFileName()}.xlsx`;
      await writeValuesWorkbook(rows, picked, t, lang, fiscalYear, fileName);
      return t('registry.exportDone', { file: fileName, count: formatNumber(rows.length) });
    });

  return (
    <section className="card info-values-export" aria-labelledby="info-values-export-title">
      <div className="card__head">
        <h2 id="info-values-export-title">{t('infoExport.title')}</h2>
      </div>
      <p className="muted">{t('infoExport.intro', { max: MAX_EXPORT_INDICATORS })}</p>
      <ErrorAlert>{catalogueQuery.error ? t('app.networkError') : null}</ErrorAlert>
      <div className="info-values-export__domains">
        {INFO_DOMAINS.map((domain) => {
          const indicators = domainIndicators(catalogue, domain);
          if (indicators.length === 0) return null;
          const count = indicators.filter((i) => chosen.has(i.code)).length;
          return (
            <details key={domain} className="info-values-export__domain">
              <summary>
                {domainLabel(domain, lang)} <span className="muted">{t('infoExport.chosenInDomain', { count, total: indicators.length })}</span>
              </summary>
              <fieldset className="checks" aria-label={domainLabel(domain, lang)}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={count === indicators.length}
                    disabled={exporter.running}
                    onChange={(e) => toggle(indicators.map((i) => i.code), e.target.checked)}
                  />
                  {t('infoExport.wholeDomain')}
                </label>
                {indicators.map((indicator) => (
                  <label key={indicator.code} className="check">
                    <input
                      type="checkbox"
                      checked={chosen.has(indicator.code)}
                      disabled={exporter.running || (full && !chosen.has(indicator.code))}
                      onChange={(e) => toggle([indicator.code], e.target.checked)}
                    />
                    {indicatorHeader(indicator, lang)}
                  </label>
                ))}
              </fieldset>
            </details>
          );
        })}
      </div>
      <div className="form__actions">
        <button type="button" className="button button--primary" disabled={picked.length === 0 || exporter.running} onClick={() => void start()}>
          <span aria-hidden="true">⬇ </span>
          {t('infoExport.run', { count: picked.length })}
        </button>
        {picked.length > 0 && !exporter.running && (
          <button type="button" className="button button--quiet" onClick={() => setChosen(new Set())}>
            {t('infoExport.clear')}
          </button>
        )}
      </div>
      {exporter.progress && <ProgressBar label={t('infoExport.fetching')} progress={exporter.progress} onCancel={exporter.cancel} />}
      <StatusMessage>{exporter.message}</StatusMessage>
      <ErrorAlert>{exporter.error}</ErrorAlert>
    </section>
  );
}
