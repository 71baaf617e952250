import type { WasteMessageId } from './waste.th';

/** English UI text of the waste feature; every Thai key has its counterpart (checked by the type). */
export const wasteEn: Record<WasteMessageId, string> = {
  'waste.placeholder': '',
};
