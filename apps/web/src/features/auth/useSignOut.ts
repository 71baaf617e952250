import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/auth';

/**
 * Logging out: first to "/", then the session ends (token and the Apollo cache cleared). In that order the login
 * page is reached from "/", so whoever logs in next starts on their own home page, not on the page the previous
 * person left open (which also stays out of the login's return address).
 */
export function useSignOut() {
  const auth = useAuth();
  const navigate = useNavigate();
  const { signOut } = auth;
  return useCallback(async () => {
    await navigate('/', { replace: true });
    signOut();
  }, [navigate, signOut]);
}
