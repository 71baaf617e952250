import type { IndicatorValue } from '@lao/domain';
import { useI18n } from '../../i18n';
import { LINKED_SYSTEM } from './IndicatorField';
import { formatIndicatorValue, indicatorLabel, type CatalogueIndicator } from './indicators';

export interface SectionViewProps {
  indicators: readonly CatalogueIndicator[];
  values: ReadonlyMap<string, IndicatorValue>;
}

/** A section read-only (certified, or the window closed): every indicator with its value as people read it, or "not recorded". */
export function SectionView({ indicators, values }: SectionViewProps) {
  const { t, lang } = useI18n();
  const text = { yes: t('catalogue.yes'), no: t('catalogue.no') };
  return (
    <dl className="indicator-list">
      {indicators.map((indicator) => {
        const shown = formatIndicatorValue(indicator, values.get(indicator.code), lang, text);
        const required = indicator.required && !indicator.linkedFrom;
        return (
          <div key={indicator.code} className="indicator-list__row">
            <dt className={required ? 'field__label--required' : undefined}>
              {indicatorLabel(indicator, lang)}
              {indicator.linkedFrom && (
                <span className="indicator-list__linked">
                  {t('catalogue.linked', { system: LINKED_SYSTEM[indicator.linkedFrom] ?? indicator.linkedFrom })}
                </span>
              )}
            </dt>
            <dd>{shown ?? <span className="muted">{t('catalogue.notRecorded')}</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
}
