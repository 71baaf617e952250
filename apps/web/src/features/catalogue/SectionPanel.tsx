import { formatDate, type IndicatorValue } from '@lao/domain';
import { useMemo, type RefObject } from 'react';
import { useI18n } from '../../i18n';
import { valuesByCode, type CatalogueIndicator } from './indicators';
import type { IndicatorValueInput, SectionSaveResult } from './save';
import { SectionForm } from './SectionForm';
import { tabId } from './SectionTabs';
import { SectionView } from './SectionView';
import { catalogueWords, type CatalogueWords } from './words';

/** A section as the module's submission query answers it (INFO's `sections`, Waste's `wasteReport.sections`). */
export interface SectionState {
  complete: boolean;
  missing: readonly string[];
  savedAt?: string | null;
  values: ReadonlyArray<{ indicatorCode: string; value: unknown }>;
}

export interface SectionPanelProps {
  /** The open section's code (its tab names the panel). */
  section: string;
  /** Its name in the UI language (the panel's heading). */
  label: string;
  /** What the API says of it; undefined when the submission has no such section yet. */
  state: SectionState | undefined;
  /** Its indicators in catalogue order. */
  indicators: readonly CatalogueIndicator[];
  /** The API's `editable`: the form, else the values to read. */
  editable: boolean;
  /** Remounts the form for another year or section. */
  formKey: string;
  hasNext: boolean;
  /** The heading, which takes the focus after "save and next" (useSectionNav). */
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSave: (values: IndicatorValueInput[]) => Promise<SectionSaveResult>;
  onSaved: (next: boolean) => void;
  onDirtyChange: (dirty: boolean) => void;
  /** The panel's id (the tabs' panelId). */
  panelId: string;
  /** The prefix of the tabs' and the fields' ids. */
  idPrefix: string;
  words?: Partial<CatalogueWords>;
}

/** The open section's tab panel: its name, completeness and last save, and its form (or its values, read-only). */
export function SectionPanel(props: SectionPanelProps) {
  const { section, label, state, indicators, editable, formKey, hasNext, headingRef, onSave, onSaved, onDirtyChange, panelId, idPrefix, words } = props;
  const { t, lang } = useI18n();
  const values = useMemo<ReadonlyMap<string, IndicatorValue>>(() => valuesByCode(state?.values ?? []), [state]);
  return (
    <div className="card domain-panel" role="tabpanel" id={panelId} aria-labelledby={tabId(idPrefix, section)}>
      <div className="domain-panel__head">
        <h2 ref={headingRef} tabIndex={-1}>
          {label}
        </h2>
        <p className="muted domain-panel__meta">
          {state?.complete ? t('catalogue.sectionComplete') : t('catalogue.sectionMissing', { count: state?.missing.length ?? 0 })}
          {state?.savedAt && ` · ${t('catalogue.savedAt', { date: formatDate(state.savedAt, lang, true) })}`}
        </p>
      </div>
      {indicators.length === 0 ? (
        <p className="muted">{t(catalogueWords(words).noIndicators)}</p>
      ) : editable ? (
        <SectionForm
          key={formKey}
          indicators={indicators}
          values={values}
          onSave={onSave}
          hasNext={hasNext}
          onDirtyChange={onDirtyChange}
          onSaved={onSaved}
          idPrefix={idPrefix}
          words={words}
        />
      ) : (
        <SectionView indicators={indicators} values={values} />
      )}
    </div>
  );
}
