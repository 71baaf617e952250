import type { MessageId } from '../../i18n';

/**
 * A module's words for its catalogue form, as message keys, where its manual words differ from the engine's
 * (INFO says "ด้าน" where the engine says "ส่วน"). Anything not given is the engine's default.
 */
export interface CatalogueWords {
  /** The second save button: save, then open the next section. */
  saveAndNext: MessageId;
  /** The open section has no indicators in the fiscal year's catalogue. */
  noIndicators: MessageId;
}

export const DEFAULT_CATALOGUE_WORDS: CatalogueWords = {
  saveAndNext: 'catalogue.saveAndNext',
  noIndicators: 'catalogue.noIndicators',
};

export function catalogueWords(words: Partial<CatalogueWords> | undefined): CatalogueWords {
  return { ...DEFAULT_CATALOGUE_WORDS, ...words };
}
