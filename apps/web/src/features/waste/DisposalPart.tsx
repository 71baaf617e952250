import { useI18n } from '../../i18n';
import { DisposalEditor, DisposalView } from './DisposalEditor';
import type { DisposalUses } from './disposalForm';
import { DISPOSAL_HEADING_ID } from './wasteCatalogue';
import type { WasteReportData } from './useWasteReport';

interface DisposalPartProps {
  report: WasteReportData;
  collected: number | null;
  year: number;
  onSave: (uses: DisposalUses) => Promise<void>;
  onDirtyChange: (dirty: boolean) => void;
}

/** "สถานที่กำจัดขยะ": where the collected waste goes, editable while the report is (the API's `editable`). */
export function DisposalPart({ report, collected, year, onSave, onDirtyChange }: DisposalPartProps) {
  const { t } = useI18n();
  return (
    <section className="card waste-disposal-part" aria-labelledby={DISPOSAL_HEADING_ID}>
      <h2 id={DISPOSAL_HEADING_ID} tabIndex={-1}>
        {t('waste.disposal.title')}
      </h2>
      <p className="muted">{t('waste.disposal.intro')}</p>
      {report.editable ? (
        <DisposalEditor
          // Another year starts again from what is stored.
          key={year}
          uses={report.disposal}
          collected={collected}
          provinceCode={report.localAuthority.province.code}
          onSave={onSave}
          onDirtyChange={onDirtyChange}
        />
      ) : (
        <DisposalView uses={report.disposal} collected={collected} />
      )}
    </section>
  );
}
