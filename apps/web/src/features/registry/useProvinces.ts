import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { localName, useI18n } from '../../i18n';
import { provincesQuery } from './operations';

/**
 * The 77 provinces for a choice (Thai order as served, English sorted by name), the chosen one, and its districts
 * sorted by name in the UI language.
 */
export function useProvinces(selectedCode: string) {
  const { lang } = useI18n();
  const query = useQuery(provincesQuery, { fetchPolicy: 'cache-first' });
  const all = query.data?.provinces;
  const provinces = useMemo(() => {
    const list = [...(all ?? [])];
    if (lang === 'en') list.sort((a, b) => a.nameEn.localeCompare(b.nameEn, 'en'));
    return list;
  }, [all, lang]);
  const province = all?.find((p) => p.code === selectedCode);
  const districts = useMemo(() => {
    const list = [...(province?.districts ?? [])];
    list.sort((a, b) => (lang === 'en' ? a.nameEn.localeCompare(b.nameEn, 'en') : a.nameTh.localeCompare(b.nameTh, 'th')));
    return list;
  }, [province, lang]);
  const asOptions = (places: readonly { code: string; nameTh: string; nameEn: string }[]) => places.map((p) => ({ value: p.code, label: localName(p, lang) }));
  return { provinces, province, districts, provinceOptions: asOptions(provinces), districtOptions: asOptions(districts) };
}
