import { WASTE_FIGURES, type WasteFigures } from '@lao/domain';
import { useI18n, type MessageId } from '../../i18n';
import { indicatorLabel, indicatorUnit, type CatalogueIndicator } from '../catalogue/indicators';
import { figureLabelKey, formatFigure, warningText, type IndicatorNaming, type WarningLike } from './figures';

interface FiguresCardProps {
  figures: WasteFigures;
  warnings: readonly WarningLike[];
  catalogue: readonly CatalogueIndicator[];
}

/** The short names warnings use for the values compared with last year (the catalogue's label otherwise). */
const WARNING_SUBJECTS: Record<string, MessageId> = {
  WC01: 'waste.warning.subject.WC01',
  WC05: 'waste.warning.subject.WC05',
  WC06: 'waste.warning.subject.WC06',
};

/**
 * The report's figures (SDG 11.6.1 style, computed by the API from what is saved): tonnages with Thai grouping,
 * shares as per cent, "—" where a part is missing; and the plausibility warnings in words.
 */
export function FiguresCard({ figures, warnings, catalogue }: FiguresCardProps) {
  const { t, lang } = useI18n();
  const naming: IndicatorNaming = (code) => {
    const indicator = catalogue.find((i) => i.code === code);
    const subject = WARNING_SUBJECTS[code];
    return {
      name: subject ? t(subject) : indicator ? indicatorLabel(indicator, lang) : code,
      unit: indicator ? indicatorUnit(indicator, lang) : null,
    };
  };
  return (
    <section className="card waste-figures" aria-labelledby="waste-figures-title">
      <h2 id="waste-figures-title">{t('waste.figures.title')}</h2>
      <p className="muted">{t('waste.figures.intro')}</p>
      <dl className="waste-figures__list">
        {WASTE_FIGURES.map((figure) => (
          <div key={figure} className="waste-figures__item">
            <dt>{t(figureLabelKey(figure))}</dt>
            <dd>{formatFigure(figure, figures[figure], t)}</dd>
          </div>
        ))}
      </dl>
      <h3 id="waste-warnings-title">{t('waste.warnings.title')}</h3>
      {warnings.length === 0 ? (
        <p className="muted">{t('waste.warnings.none')}</p>
      ) : (
        <ul className="waste-warnings" aria-labelledby="waste-warnings-title">
          {warnings.map((warning, index) => (
            <li key={`${warning.code}-${warning.indicatorCodes.join('-')}-${index}`} className="warning waste-warnings__item">
              <span aria-hidden="true">⚠ </span>
              {warningText(warning, t, naming)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
