import type { InfoDomain } from '@lao/domain';
import { useI18n } from '../../i18n';
import { SectionPanel, type SectionPanelProps } from '../catalogue/SectionPanel';
import { domainLabel, INFO_CATALOGUE_WORDS, INFO_ID_PREFIX } from './infoCatalogue';

export const DOMAIN_PANEL_ID = 'info-domain-panel';

type DomainPanelProps = Omit<SectionPanelProps, 'section' | 'label' | 'panelId' | 'idPrefix' | 'words'> & { domain: InfoDomain };

/** The open INFO domain: the engine's section panel with the domain's name and INFO's words. */
export function DomainPanel({ domain, ...panel }: DomainPanelProps) {
  const { lang } = useI18n();
  return (
    <SectionPanel
      {...panel}
      section={domain}
      label={domainLabel(domain, lang)}
      panelId={DOMAIN_PANEL_ID}
      idPrefix={INFO_ID_PREFIX}
      words={INFO_CATALOGUE_WORDS}
    />
  );
}
