import { INFO_DOMAIN_LABELS, type InfoDomain } from '@lao/domain';
import { useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n';

export interface DomainTab {
  domain: InfoDomain;
  complete: boolean;
}

interface DomainTabsProps {
  tabs: readonly DomainTab[];
  selected: InfoDomain;
  /** The user chose a tab (click, Enter or Space); arrows only move the focus, so no unsaved form is left by accident. */
  onSelect: (domain: InfoDomain) => void;
  panelId: string;
  idPrefix?: string;
}

export function tabId(idPrefix: string, domain: InfoDomain): string {
  return `${idPrefix}-tab-${domain}`;
}

/** A domain's completeness as an icon with a name: green ✓ ครบถ้วน, red ✕ ยังไม่ครบ. */
export function CompletenessIcon({ complete }: { complete: boolean }) {
  const { t } = useI18n();
  return (
    <span
      className={`completeness ${complete ? 'completeness--ok' : 'completeness--missing'}`}
      role="img"
      aria-label={complete ? t('infoLao.complete') : t('infoLao.incomplete')}
    >
      {complete ? '✓' : '✕'}
    </span>
  );
}

/**
 * The eight domains as tabs (WAI-ARIA tabs, manual activation): each tab names its domain and shows whether it is
 * complete. Left/Right/Home/End move between tabs.
 */
export function DomainTabs({ tabs, selected, onSelect, panelId, idPrefix = 'info' }: DomainTabsProps) {
  const { t, lang } = useI18n();
  const refs = useRef(new Map<InfoDomain, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[next];
    if (tab) refs.current.get(tab.domain)?.focus();
  };

  return (
    <div className="domain-tabs" role="tablist" aria-label={t('infoLao.domains')}>
      {tabs.map((tab, index) => {
        const isSelected = tab.domain === selected;
        return (
          <button
            key={tab.domain}
            ref={(element) => {
              if (element) refs.current.set(tab.domain, element);
              else refs.current.delete(tab.domain);
            }}
            type="button"
            role="tab"
            id={tabId(idPrefix, tab.domain)}
            className={`domain-tabs__tab ${tab.complete ? 'domain-tabs__tab--complete' : ''}`}
            aria-selected={isSelected}
            aria-controls={isSelected ? panelId : undefined}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(tab.domain)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span className="domain-tabs__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="domain-tabs__label">{INFO_DOMAIN_LABELS[tab.domain][lang]}</span>
            <CompletenessIcon complete={tab.complete} />
          </button>
        );
      })}
    </div>
  );
}
