import type { ApolloClient } from '@apollo/client';
import { CERTIFICATION_STATUS_LABELS, LAO_TYPE_LABELS, type CertificationStatus, type Lang, type LaoType } from '@lao/domain';
import type { LpaScoresQuery } from '../../generated/graphql';
import { localName, type I18n } from '../../i18n';
import { bold, EXPORT_PAGE_SIZE, fetchAllPages, moment, number, pageOf, text, writeWorkbook, type ExcelColumn } from '../../ui/excel';
import type { SubmissionColumn, SubmissionRow } from '../certification/exportSubmissions';
import { fetchAllLocalAuthorities, type LocalAuthorityRow } from '../registry/exportExcel';
import { lpaScoresQuery } from './operations';

type LpaNode = LpaScoresQuery['lpaScores']['edges'][number]['node'];
export type LpaRow = LpaNode & { lao: LocalAuthorityRow | null };

type Translate = I18n['t'];
type Named = { nameTh: string; nameEn: string };
type LaoColumns = Named & { type: LaoType; district?: Named | null; province: Named };

const nameOf = (place: Named | null | undefined, lang: Lang) => (place ? localName(place, lang) : '');
const typeName = (lao: LaoColumns | null, lang: Lang) => (lao ? LAO_TYPE_LABELS[lao.type][lang] : '');

/**
 * LPA indicator 7 of every LAO in the caller's scope with the LAO's names from the registry. Both lists are
 * ordered by LAO code and paged the same way; they are joined by code.
 */
export async function fetchAllLpaScores(client: ApolloClient, fiscalYear: number, onProgress: (done: number, total: number) => void): Promise<LpaRow[]> {
  let scoresDone = 0;
  let scoresTotal = 0;
  let laosDone = 0;
  let laosTotal = 0;
  const report = () => onProgress(scoresDone + laosDone, scoresTotal + laosTotal || 1);
  const scores = await fetchAllPages<LpaNode>(
    async (after) => {
      const result: { data?: LpaScoresQuery } = await client.query({
        query: lpaScoresQuery,
        variables: { fiscalYear, first: EXPORT_PAGE_SIZE, after },
        fetchPolicy: 'no-cache',
      });
      return pageOf(result.data?.lpaScores);
    },
    (done, total) => {
      scoresDone = done;
      scoresTotal = total;
      laosTotal = Math.max(laosTotal, total);
      report();
    },
  );
  const laos = await fetchAllLocalAuthorities(client, {}, (done, total) => {
    laosDone = done;
    laosTotal = total;
    report();
  });
  const byCode = new Map(laos.map((l) => [l.code, l]));
  return scores.map((s) => ({ ...s, lao: byCode.get(s.laoCode) ?? null }));
}

/** An LAO's columns in INFO's sheets: code, name, type, district, province. */
function laoColumns<R>(t: Translate, lang: Lang, codeOf: (row: R) => string, laoOf: (row: R) => LaoColumns | null): ExcelColumn<R>[] {
  return [
    { header: bold(t('registry.col.code')), cell: (r) => text(codeOf(r)), width: 11 },
    { header: bold(t('infoProvince.col.lao')), cell: (r) => text(nameOf(laoOf(r), lang)), width: 34 },
    { header: bold(t('infoProvince.col.type')), cell: (r) => text(typeName(laoOf(r), lang)), width: 24 },
    { header: bold(t('infoProvince.col.district')), cell: (r) => text(nameOf(laoOf(r)?.district, lang)), width: 18 },
    { header: bold(t('registry.col.province')), cell: (r) => text(nameOf(laoOf(r)?.province, lang)), width: 18 },
  ];
}

/** The certification status and whether the data is complete ("ครบ" / "ไม่ครบ"). */
function statusColumns<R extends { status: CertificationStatus; complete: boolean }>(t: Translate, lang: Lang): ExcelColumn<R>[] {
  return [
    { header: bold(t('infoProvince.col.status')), cell: (r) => text(CERTIFICATION_STATUS_LABELS[r.status][lang]), width: 24 },
    { header: bold(t('infoProvince.col.complete')), cell: (r) => text(r.complete ? t('infoProvince.completeYes') : t('infoProvince.completeNo')), width: 14 },
  ];
}

/** The INFO province list's sheet: one row per LAO with its completeness and both certification times. */
export function infoSubmissionColumns(t: Translate, lang: Lang): SubmissionColumn[] {
  return [
    ...laoColumns<SubmissionRow>(t, lang, (r) => r.laoCode, (r) => r.localAuthority),
    { header: bold(t('infoProvince.col.fiscalYear')), cell: (r) => number(r.fiscalYear), width: 12 },
    ...statusColumns<SubmissionRow>(t, lang),
    { header: bold(t('infoProvince.col.certifiedAt')), cell: (r) => moment(r.laoCertifiedAt), width: 22 },
    { header: bold(t('infoProvince.col.provinceCertifiedAt')), cell: (r) => moment(r.provinceCertifiedAt), width: 22 },
  ];
}

/** LPA indicator 7 of every LAO in scope, with the LAO's names. */
export function writeLpaWorkbook(rows: LpaRow[], t: Translate, lang: Lang, year: number, fileName: string) {
  return writeWorkbook(
    rows,
    t('infoNational.lpaSheet', { year }),
    [
      ...laoColumns<LpaRow>(t, lang, (r) => r.laoCode, (r) => r.lao),
      ...statusColumns<LpaRow>(t, lang),
      { header: bold(t('infoNational.col.score')), cell: (r) => number(r.score), width: 12 },
    ],
    fileName,
  );
}
