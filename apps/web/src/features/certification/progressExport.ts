import type { Lang } from '@lao/domain';
import { localName, type I18n } from '../../i18n';
import { bold, number, text, writeWorkbook } from '../../ui/excel';
import { certifiedPercent, type ProgressRow } from './progress';

/** The national progress per province as on screen (the rows in the table's order), one sheet. */
export function writeProgressWorkbook(rows: ProgressRow[], t: I18n['t'], lang: Lang, sheet: string, fileName: string) {
  return writeWorkbook(
    rows,
    sheet,
    [
      { header: bold(t('national.col.code')), cell: (r) => text(r.provinceCode), width: 10 },
      { header: bold(t('national.col.province')), cell: (r) => text(localName(r.province, lang)), width: 22 },
      { header: bold(t('progress.total')), cell: (r) => number(r.total), width: 12 },
      { header: bold(t('progress.draft')), cell: (r) => number(r.draft), width: 18 },
      { header: bold(t('progress.laoCertified')), cell: (r) => number(r.laoCertified), width: 20 },
      { header: bold(t('progress.provinceCertified')), cell: (r) => number(r.provinceCertified), width: 22 },
      { header: bold(t('national.col.percent')), cell: (r) => number(Math.round(certifiedPercent(r) * 10) / 10, '0.0'), width: 14 },
    ],
    fileName,
  );
}
