/** Thai UI text of the waste feature, merged into th.ts. */
export const wasteTh = {
  'waste.placeholder': '',
} as const;

export type WasteMessageId = keyof typeof wasteTh;
