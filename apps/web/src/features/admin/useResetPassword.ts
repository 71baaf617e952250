import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { resetUserPasswordMutation } from './operations';

interface Target {
  id: string;
  username: string;
}

/**
 * "ตั้งรหัสผ่านใหม่": ask first (the user is logged out), then show the temporary password the API answers. It lives
 * in this state only, never in the Apollo cache, and is gone once its dialog closes.
 */
export function useResetPassword() {
  const { t } = useI18n();
  const [reset] = useMutation(resetUserPasswordMutation, { fetchPolicy: 'no-cache' });
  const [asking, setAsking] = useState<Target | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);

  const confirm = async () => {
    if (!asking) return;
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await reset({ variables: { id: asking.id } });
      if (!data) throw new Error('No data');
      setShown({ username: asking.username, password: data.resetUserPassword.temporaryPassword });
      setAsking(null);
    } catch (e) {
      setProblem(apiProblem(e).message ?? t('app.networkError'));
    } finally {
      setBusy(false);
    }
  };

  return {
    asking,
    ask: (target: Target) => {
      setProblem(null);
      setAsking(target);
    },
    cancel: () => setAsking(null),
    confirm,
    busy,
    problem,
    shown,
    dismiss: () => setShown(null),
  };
}
