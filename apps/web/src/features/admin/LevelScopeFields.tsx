import { USER_LEVELS, type UserLevel } from '@lao/domain';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useI18n } from '../../i18n';
import { SelectField, TextField } from '../../ui/forms';

interface LevelScopeFieldsProps {
  /** Prefix of the fields' ids: one form's fields from another's. */
  idPrefix: string;
  /** The level chosen now: the department has no scope code. */
  level: UserLevel;
  levelRegistration: UseFormRegisterReturn;
  scopeRegistration: UseFormRegisterReturn;
  levelError?: string;
  scopeError?: string;
  /** The administrator's own account keeps its level. */
  levelLocked?: boolean;
}

/** An account's level and the code of its province or LAO: the same two fields when creating and editing. */
export function LevelScopeFields({ idPrefix, level, levelRegistration, scopeRegistration, levelError, scopeError, levelLocked }: LevelScopeFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <SelectField id={`${idPrefix}-level`} label={t('users.level')} required disabled={levelLocked} error={levelError} registration={levelRegistration}>
        {USER_LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`level.${l}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${idPrefix}-scope`}
        label={t('users.scopeCode')}
        hint={t('users.scopeHint')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={7}
        disabled={level === 'DEPARTMENT'}
        required={level !== 'DEPARTMENT'}
        error={scopeError}
        registration={scopeRegistration}
      />
    </>
  );
}
