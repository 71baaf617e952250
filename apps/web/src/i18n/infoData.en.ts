import type { infoDataTh } from './infoData.th';

/** English text of infoData.th.ts; merged into en.ts. */
export const infoDataEn: Record<keyof typeof infoDataTh, string> = {
  'progress.count': '{done} / {total}',
  'progress.cancel': 'Cancel',
  'progress.cancelled': 'The export was cancelled',

  'infoExport.title': 'Export indicator values (Excel)',
  'infoExport.intro': 'Choose indicators by domain (at most {max}) and export their values for every LAO shown, one row per LAO.',
  'infoExport.chosenInDomain': '({count} of {total} chosen)',
  'infoExport.wholeDomain': 'The whole domain',
  'infoExport.run': 'Export {count} indicators',
  'infoExport.clear': 'Clear the choice',
  'infoExport.fetching': 'Fetching LAOs',
  'infoExport.file': 'INFO-values-{scope}-{year}',
  'infoExport.sheet': 'Values {year}',
  'infoExport.nation': 'Whole country',

  'infoPrint.open': 'Print',
  'infoPrint.print': 'Print',
  'infoPrint.back': 'Back to the data',
  'infoPrint.title': 'LAO basic information (INFO), fiscal year {year}',
  'infoPrint.printedAt': 'Printed {time}',
  'infoPrint.status': 'Status',
  'infoPrint.certification': 'Certification',
  'infoPrint.laoCertified': 'Certified by the LAO',
  'infoPrint.provinceCertified': 'Certified by the province',
  'infoPrint.certifiedBy': 'by',
  'infoPrint.notYet': 'Not certified',
  'infoPrint.signLao': 'Head of the LAO',
  'infoPrint.signProvince': 'Provincial Governor / delegate',
  'infoPrint.signature': 'Signed',
  'infoPrint.signDate': 'Date',
};
