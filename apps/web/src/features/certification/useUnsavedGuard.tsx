import { useCallback, useEffect, useRef, useState } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router-dom';
import { useI18n } from '../../i18n';
import { Dialog } from '../../ui/dialog';

/**
 * Unsaved changes on the page: while `dirty`, every in-app navigation (a link, the menu, back/forward, another
 * section or year in the address) waits for the person's answer in a dialog whose primary button is "stay", and
 * closing or reloading the tab asks the browser's question (beforeunload).
 */
export function useUnsavedGuard() {
  const [dirty, setDirtyState] = useState(false);
  // Read when a navigation starts, which may be in the same event as the save that made the page clean.
  const dirtyRef = useRef(false);
  const setDirty = useCallback((value: boolean) => {
    dirtyRef.current = value;
    setDirtyState(value);
  }, []);

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when a value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const stay = () => blocker.reset?.();
  const leave = () => {
    setDirty(false);
    blocker.proceed?.();
  };

  return { dirty, setDirty, blocked: blocker.state === 'blocked', stay, leave };
}

export type UnsavedGuard = ReturnType<typeof useUnsavedGuard>;

/** "ข้อมูลยังไม่ได้บันทึก": stay (the primary button, focused) or leave without saving. */
export function UnsavedChangesDialog({ guard, section }: { guard: UnsavedGuard; section: string }) {
  const { t } = useI18n();
  if (!guard.blocked) return null;
  return (
    <Dialog title={t('unsaved.title')} onClose={guard.stay}>
      <div className="dialog__body">
        <p>{t('unsaved.text', { section })}</p>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={guard.stay} data-autofocus>
          {t('unsaved.stay')}
        </button>
        <button type="button" className="button button--secondary button--danger" onClick={guard.leave}>
          {t('unsaved.leave')}
        </button>
      </div>
    </Dialog>
  );
}
