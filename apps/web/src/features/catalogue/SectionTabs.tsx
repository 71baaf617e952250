import { useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n';

export interface SectionTab<S extends string = string> {
  section: S;
  /** The section's name in the UI language. */
  label: string;
  complete: boolean;
}

export interface SectionTabsProps<S extends string> {
  tabs: readonly SectionTab<S>[];
  selected: S;
  /** The user chose a tab (click, Enter or Space); arrows only move the focus, so no unsaved form is left by accident. */
  onSelect: (section: S) => void;
  /** The tab panel the selected tab controls. */
  panelId: string;
  /** The tab list's accessible name ("ข้อมูล 8 ด้าน"). */
  label: string;
  /** Prefix of the tabs' ids (see tabId). */
  idPrefix: string;
}

/** The id of a section's tab, which names its panel (aria-labelledby). */
export function tabId(idPrefix: string, section: string): string {
  return `${idPrefix}-tab-${section}`;
}

/** A section's completeness as an icon with a name: green ✓ ครบถ้วน, red ✕ ยังไม่ครบ. */
export function CompletenessIcon({ complete }: { complete: boolean }) {
  const { t } = useI18n();
  return (
    <span
      className={`completeness ${complete ? 'completeness--ok' : 'completeness--missing'}`}
      role="img"
      aria-label={complete ? t('catalogue.complete') : t('catalogue.incomplete')}
    >
      {complete ? '✓' : '✕'}
    </span>
  );
}

/**
 * A module's sections as tabs (WAI-ARIA tabs, manual activation): each tab is numbered, names its section and shows
 * whether it is complete. Left/Right/Home/End move between tabs.
 */
export function SectionTabs<S extends string>({ tabs, selected, onSelect, panelId, label, idPrefix }: SectionTabsProps<S>) {
  const refs = useRef(new Map<S, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[next];
    if (tab) refs.current.get(tab.section)?.focus();
  };

  return (
    <div className="domain-tabs" role="tablist" aria-label={label}>
      {tabs.map((tab, index) => {
        const isSelected = tab.section === selected;
        return (
          <button
            key={tab.section}
            ref={(element) => {
              if (element) refs.current.set(tab.section, element);
              else refs.current.delete(tab.section);
            }}
            type="button"
            role="tab"
            id={tabId(idPrefix, tab.section)}
            className={`domain-tabs__tab ${tab.complete ? 'domain-tabs__tab--complete' : ''}`}
            aria-selected={isSelected}
            aria-controls={isSelected ? panelId : undefined}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(tab.section)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span className="domain-tabs__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="domain-tabs__label">{tab.label}</span>
            <CompletenessIcon complete={tab.complete} />
          </button>
        );
      })}
    </div>
  );
}
