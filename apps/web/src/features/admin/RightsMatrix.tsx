import { allowedRights, PLATFORM_MODULE_LABELS, PLATFORM_MODULES, RIGHT_LABELS, RIGHTS, type PlatformModule, type Right, type Rights, type UserLevel } from '@lao/domain';
import { useI18n } from '../../i18n';

interface RightsMatrixProps {
  level: UserLevel;
  rights: Rights;
  onToggle: (module: PlatformModule, right: Right) => void;
  error?: string;
  /** A right that may not be taken away here (one's own account administration). */
  locked?: (module: PlatformModule, right: Right) => boolean;
}

/**
 * Rights per module as a table of checkboxes, one row per module. What the level cannot hold (libs/domain
 * allowedRights) is disabled, unless it is held already — then it shows, so it can be taken away.
 */
export function RightsMatrix({ level, rights, onToggle, error, locked }: RightsMatrixProps) {
  const { t, lang } = useI18n();
  const allowed = allowedRights(level);
  return (
    <fieldset className="rights-matrix" aria-describedby={error ? 'edit-user-rights-error' : 'edit-user-rights-hint'}>
      <legend>{t('users.rights')}</legend>
      <p className="field__hint" id="edit-user-rights-hint">
        {t('users.rightsHint')}
      </p>
      <div className="table-wrap">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('users.rightsModule')}</th>
              {RIGHTS.map((r) => (
                <th scope="col" key={r}>
                  {RIGHT_LABELS[r][lang]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PLATFORM_MODULES.map((m) => (
              <tr key={m}>
                <th scope="row">{PLATFORM_MODULE_LABELS[m][lang]}</th>
                {RIGHTS.map((r) => {
                  const held = rights[m]?.includes(r) ?? false;
                  const permitted = allowed[m]?.includes(r) ?? false;
                  return (
                    <td key={r}>
                      <input
                        type="checkbox"
                        aria-label={`${PLATFORM_MODULE_LABELS[m][lang]}: ${RIGHT_LABELS[r][lang]}`}
                        checked={held}
                        disabled={(!permitted && !held) || (held && locked?.(m, r))}
                        onChange={() => onToggle(m, r)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && (
        <p className="field__error" id="edit-user-rights-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
