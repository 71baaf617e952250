import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** What a payment list reads or computes only when the operation asks for it. */
export interface PaymentSelection {
  /** Person.address: the jsonb column (the largest: parsed per row by pg) and its Thai text. */
  address: boolean;
  phone: boolean;
  disabilityCardNo: boolean;
  maskedNationalId: boolean;
  firstPaidMonth: boolean;
  monthlyAmount: boolean;
}

const FIELDS = ['address', 'phone', 'disabilityCardNo', 'maskedNationalId', 'firstPaidMonth', 'monthlyAmount'] as const;

/** What the export needs beyond a row's own columns: nothing. */
export const NOTHING: PaymentSelection = { address: false, phone: false, disabilityCardNo: false, maskedNationalId: false, firstPaidMonth: false, monthlyAmount: false };

export const EVERYTHING: PaymentSelection = { address: true, phone: true, disabilityCardNo: true, maskedNationalId: true, firstPaidMonth: true, monthlyAmount: true };

/**
 * Which of them the operation selects anywhere under this field (fragments included). Judged by field name over
 * the whole subtree, so it can only read more than needed, never less: a field asked for is always answered.
 */
export function paymentSelection(info: GraphQLResolveInfo | undefined): PaymentSelection {
  if (!info) return EVERYTHING;
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        names.add(s.name.value);
        walk(s.selectionSet);
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        walk(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return Object.fromEntries(FIELDS.map((f) => [f, names.has(f)])) as unknown as PaymentSelection;
}
