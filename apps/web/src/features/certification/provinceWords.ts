import type { MessageId } from '../../i18n';

/** The province page's words, as message keys: the kit's defaults, which a module overrides with its manual's words. */
export interface ProvinceWords {
  /** The module's name above the title. */
  eyebrow: MessageId;
  /** {province} */
  title: MessageId;
  /** {year} */
  sub: MessageId;
  fiscalYear: MessageId;
  /** The department's way back to the national page. */
  nationalCrumb: MessageId;
  /** {year} */
  progress: MessageId;
  certifyAll: MessageId;
  /** {year} */
  certifyHint: MessageId;
  /** {year} */
  allDone: MessageId;
  confirmTitle: MessageId;
  /** {province} {year} */
  confirmText: MessageId;
  confirm: MessageId;
  /** {count} */
  certified: MessageId;
  close: MessageId;
  listTitle: MessageId;
  /** {province} {year} */
  listCaption: MessageId;
  filters: MessageId;
  clear: MessageId;
  province: MessageId;
  district: MessageId;
  allDistricts: MessageId;
  type: MessageId;
  allTypes: MessageId;
  status: MessageId;
  allStatuses: MessageId;
  search: MessageId;
  searchHint: MessageId;
  export: MessageId;
  /** {done} {total} */
  exporting: MessageId;
  /** {file} {count} */
  exportDone: MessageId;
  /** {province} {year} */
  exportFile: MessageId;
  /** {year} */
  sheet: MessageId;
  returnLabel: MessageId;
  /** {lao} */
  returnText: MessageId;
  /** {lao} */
  returned: MessageId;
  reason: MessageId;
  reasonHint: MessageId;
}

/** What every module names itself: the rest has defaults. */
export type OwnProvinceWords = Pick<ProvinceWords, 'eyebrow' | 'title' | 'exportFile' | 'sheet'>;

export const DEFAULT_PROVINCE_WORDS: Omit<ProvinceWords, keyof OwnProvinceWords> = {
  sub: 'province.sub',
  fiscalYear: 'infoCommon.fiscalYear',
  nationalCrumb: 'national.short',
  progress: 'province.progress',
  certifyAll: 'province.certifyAll',
  certifyHint: 'province.certifyHint',
  allDone: 'province.allDone',
  confirmTitle: 'province.confirmTitle',
  confirmText: 'province.confirmText',
  confirm: 'province.confirm',
  certified: 'province.certified',
  close: 'common.close',
  listTitle: 'province.listTitle',
  listCaption: 'province.listCaption',
  filters: 'registry.filters',
  clear: 'registry.clear',
  province: 'registry.province',
  district: 'registry.district',
  allDistricts: 'registry.allDistricts',
  type: 'registry.type',
  allTypes: 'registry.allTypes',
  status: 'province.status',
  allStatuses: 'province.allStatuses',
  search: 'registry.search',
  searchHint: 'registry.searchHint',
  export: 'registry.export',
  exporting: 'registry.exporting',
  exportDone: 'registry.exportDone',
  returnLabel: 'province.return',
  returnText: 'province.returnText',
  returned: 'province.returned',
  reason: 'cert.reason',
  reasonHint: 'cert.reasonHint',
};
