import { formatDate, INFO_DOMAIN_LABELS, type InfoDomain, type IndicatorValue } from '@lao/domain';
import { useMemo, type RefObject } from 'react';
import { useI18n } from '../../i18n';
import { DomainForm, DomainView, type DomainSaveResult, type IndicatorValueInput } from './DomainForm';
import { tabId } from './DomainTabs';
import { valuesByCode, type Indicator } from './indicators';

export const DOMAIN_PANEL_ID = 'info-domain-panel';

interface DomainPanelProps {
  domain: InfoDomain;
  section: { complete: boolean; missing: readonly string[]; savedAt?: string | null; values: ReadonlyArray<{ indicatorCode: string; value: unknown }> } | undefined;
  indicators: readonly Indicator[];
  /** The API's `editable`: the form, else the values to read. */
  editable: boolean;
  /** Remounts the form for another year or domain. */
  formKey: string;
  hasNext: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSave: (values: IndicatorValueInput[]) => Promise<DomainSaveResult>;
  onSaved: (next: boolean) => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** The open domain's tab panel: its name, completeness and last save, and its form (or its values, read-only). */
export function DomainPanel({ domain, section, indicators, editable, formKey, hasNext, headingRef, onSave, onSaved, onDirtyChange }: DomainPanelProps) {
  const { t, lang } = useI18n();
  const values = useMemo<ReadonlyMap<string, IndicatorValue>>(() => valuesByCode(section?.values ?? []), [section]);
  return (
    <div className="card domain-panel" role="tabpanel" id={DOMAIN_PANEL_ID} aria-labelledby={tabId('info', domain)}>
      <div className="domain-panel__head">
        <h2 ref={headingRef} tabIndex={-1}>
          {INFO_DOMAIN_LABELS[domain][lang]}
        </h2>
        <p className="muted domain-panel__meta">
          {section?.complete ? t('infoLao.domainComplete') : t('infoLao.domainMissing', { count: section?.missing.length ?? 0 })}
          {section?.savedAt && ` · ${t('infoLao.savedAt', { date: formatDate(section.savedAt, lang, true) })}`}
        </p>
      </div>
      {indicators.length === 0 ? (
        <p className="muted">{t('infoLao.noIndicators')}</p>
      ) : editable ? (
        <DomainForm key={formKey} indicators={indicators} values={values} onSave={onSave} hasNext={hasNext} onDirtyChange={onDirtyChange} onSaved={onSaved} />
      ) : (
        <DomainView indicators={indicators} values={values} />
      )}
    </div>
  );
}
