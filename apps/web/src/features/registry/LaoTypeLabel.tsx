import { LAO_TYPE_LABELS, LAO_TYPES, type Lang, type LaoType } from '@lao/domain';
import { useI18n } from '../../i18n';

/** An LAO type in a table cell: the short form, the full name on hover and for screen readers. */
export function LaoTypeLabel({ type }: { type: LaoType }) {
  const { lang } = useI18n();
  return (
    <abbr title={LAO_TYPE_LABELS[type][lang]} className="type-label">
      {lang === 'en' ? LAO_TYPE_LABELS[type].en : LAO_TYPE_LABELS[type].thShort}
    </abbr>
  );
}

/** The LAO types as the choices of a filter, full names in the UI language. */
export function laoTypeOptions(lang: Lang) {
  return LAO_TYPES.map((type) => ({ value: type, label: LAO_TYPE_LABELS[type][lang] }));
}
