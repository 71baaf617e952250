import type { UserLevel } from '@lao/domain';
import type { UserRowFragment } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/feedback';
import { TextField } from '../../ui/forms';
import { LevelScopeFields } from './LevelScopeFields';
import { RightsMatrix } from './RightsMatrix';
import { useEditUser } from './useEditUser';

interface EditUserFormProps {
  user: UserRowFragment;
  /** The administrator's own account: its level and its account administration stay (the API refuses otherwise). */
  self: boolean;
  onSaved: (username: string) => void;
  onClose: () => void;
}

/** "แก้ไข": an account's name, level, scope and rights in a dialog, checked by the shared rules before it is sent. */
export function EditUserForm({ user, self, onSaved, onClose }: EditUserFormProps) {
  const { t, msg } = useI18n();
  const edit = useEditUser(user, onSaved);
  const {
    register,
    formState: { errors, isSubmitting },
  } = edit.form;
  const level = register('level');

  return (
    <Dialog title={t('users.editTitle', { username: user.username })} onClose={onClose} busy={isSubmitting} className="dialog--wide">
      <form className="form" noValidate onSubmit={(e) => void edit.submit(e)}>
        {self && <p className="note">{t('users.selfNote')}</p>}
        <TextField
          id="edit-user-display-name"
          label={t('users.displayName')}
          autoComplete="off"
          required
          data-autofocus
          error={msg(errors.displayName?.message)}
          registration={register('displayName')}
        />
        <LevelScopeFields
          idPrefix="edit-user"
          level={edit.level}
          levelRegistration={{ ...level, onChange: async (e) => edit.chooseLevel(e.target.value as UserLevel) }}
          scopeRegistration={register('scopeCode')}
          levelError={msg(errors.level?.message)}
          scopeError={msg(errors.scopeCode?.message)}
          levelLocked={self}
        />
        <RightsMatrix
          level={edit.level}
          rights={edit.rights}
          onToggle={edit.toggleRight}
          error={msg(errors.rights?.message)}
          locked={self ? (m, r) => m === 'ACCOUNTS' && r === 'ADMINISTER' : undefined}
        />
        <ErrorAlert>{edit.problem}</ErrorAlert>
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('users.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={isSubmitting}>
            {t('users.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
