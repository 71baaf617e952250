import { useQuery } from '@apollo/client/react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { SelectField, TextField } from '../../ui/forms';
import { subdistrictsQuery } from './operations';

/** The address fields' names in a form (registration, the person's edit dialog). */
export interface AddressValues {
  houseNo: string;
  villageNo: string;
  street: string;
  subdistrictCode: string;
}

interface AddressFieldsProps {
  laoCode: string;
  idPrefix: string;
  register: (name: keyof AddressValues) => UseFormRegisterReturn;
  /** The fields' error messages (message keys or the server's words). */
  errors: Partial<Record<keyof AddressValues, string | undefined>>;
}

/** The subdistricts of the LAO's area as the API checks an address against them (welfareSubdistricts). */
export function useSubdistricts(laoCode: string) {
  const query = useQuery(subdistrictsQuery, { variables: { laoCode }, fetchPolicy: 'cache-first' });
  const list = query.data?.welfareSubdistricts ?? [];
  const manyDistricts = new Set(list.map((s) => s.districtCode)).size > 1;
  return { list, manyDistricts, loading: query.loading, problem: query.error ? apiProblem(query.error) : null };
}

/**
 * บ้านเลขที่, หมู่ที่, ถนน and the ตำบล chosen from the LAO's area (an LAO's district; a PAO's or Bangkok's province, with
 * the district beside each name). The district and province follow from the LAO.
 */
export function AddressFields({ laoCode, idPrefix, register, errors }: AddressFieldsProps) {
  const { t, msg, lang } = useI18n();
  const subdistricts = useSubdistricts(laoCode);
  const name = (s: { nameTh: string; nameEn: string }) => (lang === 'en' ? s.nameEn || s.nameTh : s.nameTh);
  return (
    <>
      <TextField
        id={`${idPrefix}-house`}
        label={t('welfare.field.houseNo')}
        required
        maxLength={20}
        autoComplete="off"
        error={msg(errors.houseNo) || undefined}
        registration={register('houseNo')}
      />
      <TextField
        id={`${idPrefix}-village`}
        label={`${t('welfare.field.villageNo')} (${t('form.optional')})`}
        inputMode="numeric"
        maxLength={2}
        autoComplete="off"
        error={msg(errors.villageNo) || undefined}
        registration={register('villageNo')}
      />
      <TextField
        id={`${idPrefix}-street`}
        label={`${t('welfare.field.street')} (${t('form.optional')})`}
        maxLength={100}
        autoComplete="off"
        error={msg(errors.street) || undefined}
        registration={register('street')}
      />
      <SelectField
        id={`${idPrefix}-subdistrict`}
        label={t('welfare.field.subdistrict')}
        hint={subdistricts.problem ? (subdistricts.problem.message ?? t('app.networkError')) : undefined}
        required
        disabled={subdistricts.loading && subdistricts.list.length === 0}
        error={msg(errors.subdistrictCode) || undefined}
        registration={register('subdistrictCode')}
      >
        <option value="">{subdistricts.loading ? t('common.loading') : t('welfare.field.chooseSubdistrict')}</option>
        {subdistricts.list.map((s) => (
          <option key={s.code} value={s.code}>
            {subdistricts.manyDistricts ? t('welfare.field.subdistrictInDistrict', { name: name(s), district: s.districtNameTh }) : name(s)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
