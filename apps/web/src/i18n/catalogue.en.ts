import type { CatalogueMessageId } from './catalogue.th';

/** English UI text of the catalogue-driven form engine, every Thai key has its English counterpart (checked by the type). */
export const catalogueEn: Record<CatalogueMessageId, string> = {
  // The section form
  'catalogue.requiredLegend': 'Fields marked * must be filled in before certifying; you can save part by part',
  'catalogue.save': 'Save',
  'catalogue.saveAndNext': 'Save and go to the next section',
  'catalogue.saved': 'Saved',
  'catalogue.fixErrors': 'Please correct {count} invalid values',
  // The fields
  'catalogue.yes': 'Yes',
  'catalogue.no': 'No',
  'catalogue.choose': '— Choose —',
  'catalogue.clearChoice': 'Clear answer',
  'catalogue.requiredChoice': 'Choose at least one before certifying',
  'catalogue.linked': 'From the {system} system (read-only)',
  'catalogue.noLinkedValue': 'No data from the source system yet',
  'catalogue.notRecorded': 'Not recorded',
  'catalogue.maxIs': '(at most {max})',
  'catalogue.minIs': '(at least {min})',
  'catalogue.decimalsAre': '(at most {decimals} decimal places)',
  // The tabs and the open section's panel
  'catalogue.complete': 'Complete',
  'catalogue.incomplete': 'Incomplete',
  'catalogue.sectionComplete': 'Every required value is recorded',
  'catalogue.sectionMissing': '{count} required values missing',
  'catalogue.savedAt': 'last saved {date}',
  'catalogue.noIndicators': 'This section has no indicators for this fiscal year',
};
