import { WASTE_SECTIONS, type WasteSection } from '@lao/domain';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n';
import { StatusMessage } from '../../ui/feedback';
import { SectionPanel } from '../catalogue/SectionPanel';
import { SectionTabs } from '../catalogue/SectionTabs';
import type { IndicatorValueInput, SectionSaveResult } from '../catalogue/save';
import type { SectionNav } from '../certification/useSectionNav';
import { sectionLabel, WASTE_CATALOGUE_WORDS, WASTE_ID_PREFIX, WASTE_PANEL_ID, wasteSectionIndicators, type Indicator } from './wasteCatalogue';
import type { WasteReportData } from './useWasteReport';

interface ReportSectionsProps {
  report: WasteReportData;
  catalogue: readonly Indicator[];
  nav: SectionNav<WasteSection>;
  year: number;
  onSave: (section: WasteSection, values: IndicatorValueInput[]) => Promise<SectionSaveResult>;
  onDirtyChange: (dirty: boolean) => void;
  /** The section form was saved with "save and next": the page is clean again. */
  onMovedOn: () => void;
}

/** The report's three sections as the engine's tabs and panel, a section saved at a time ("บันทึกและไปส่วนถัดไป"). */
export function ReportSections({ report, catalogue, nav, year, onSave, onDirtyChange, onMovedOn }: ReportSectionsProps) {
  const { t, lang } = useI18n();
  const { active, next, goTo, headingRef } = nav;
  const [movedOn, setMovedOn] = useState<{ from: WasteSection; to: WasteSection } | null>(null);
  const indicators = useMemo(() => wasteSectionIndicators(catalogue, active), [catalogue, active]);
  const state = report.sections.find((s) => s.section === active);

  return (
    <>
      <StatusMessage className="info-lao__status">
        {movedOn && t('waste.form.savedAndNext', { section: sectionLabel(movedOn.from, lang), next: sectionLabel(movedOn.to, lang) })}
      </StatusMessage>
      <SectionTabs
        tabs={WASTE_SECTIONS.map((section) => ({ section, label: sectionLabel(section, lang), complete: report.sections.find((s) => s.section === section)?.complete ?? false }))}
        selected={active}
        onSelect={(section) => {
          if (section === active) return;
          setMovedOn(null);
          goTo(section);
        }}
        panelId={WASTE_PANEL_ID}
        label={t('waste.form.sections')}
        idPrefix={WASTE_ID_PREFIX}
      />
      <SectionPanel
        section={active}
        label={sectionLabel(active, lang)}
        state={state}
        indicators={indicators}
        editable={report.editable}
        formKey={`${year}:${active}`}
        hasNext={next !== null}
        headingRef={headingRef}
        onSave={(values) => {
          setMovedOn(null);
          return onSave(active, values);
        }}
        onDirtyChange={onDirtyChange}
        onSaved={(moveOn) => {
          if (!moveOn || !next) return;
          onMovedOn();
          setMovedOn({ from: active, to: next });
          goTo(next, { focus: true });
        }}
        panelId={WASTE_PANEL_ID}
        idPrefix={WASTE_ID_PREFIX}
        words={WASTE_CATALOGUE_WORDS}
      />
    </>
  );
}
