import type { InfoDomain } from '@lao/domain';
import { useI18n } from '../../i18n';
import { SectionTabs } from '../catalogue/SectionTabs';
import { domainLabel, INFO_ID_PREFIX } from './infoCatalogue';

export interface DomainTab {
  domain: InfoDomain;
  complete: boolean;
}

interface DomainTabsProps {
  tabs: readonly DomainTab[];
  selected: InfoDomain;
  onSelect: (domain: InfoDomain) => void;
  panelId: string;
}

/** INFO's eight domains as the engine's section tabs ("ข้อมูล 8 ด้าน"), each named by INFO_DOMAIN_LABELS. */
export function DomainTabs({ tabs, selected, onSelect, panelId }: DomainTabsProps) {
  const { t, lang } = useI18n();
  return (
    <SectionTabs
      tabs={tabs.map(({ domain, complete }) => ({ section: domain, label: domainLabel(domain, lang), complete }))}
      selected={selected}
      onSelect={onSelect}
      panelId={panelId}
      label={t('infoLao.domains')}
      idPrefix={INFO_ID_PREFIX}
    />
  );
}
