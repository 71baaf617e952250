import { useCallback, useContext, useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { UNSAFE_DataRouterContext, useBlocker, type BlockerFunction } from 'react-router-dom';
import { useI18n } from '../i18n';
import { Dialog } from './dialog';

/*
 * The one unsaved-changes guard of the SPA. Any number of forms may hold unsaved changes at once (a page's section
 * and a dialog opened over it), but a router honours only one blocker, so the forms report to this store and one of
 * the mounted guards (the first) holds the router's blocker and shows the dialog for all of them.
 */
const dirty = new Set<number>();
/** Each guard's name for its changes, given by its dialog ("ด้านที่ 1", a dialog's title). */
const names = new Map<number, string>();
const guards: number[] = [];
const listeners = new Set<() => void>();
let lastId = 0;

function notify() {
  for (const listener of listeners) listener();
}
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function warnBeforeUnload(event: BeforeUnloadEvent) {
  event.preventDefault();
  // Older browsers ask only when a value is set.
  event.returnValue = '';
}

/** Written at once (not in an effect): a save and the navigation after it may come in the same event. */
function setSource(id: number, value: boolean) {
  const before = dirty.size;
  if (value === dirty.has(id)) return;
  if (value) dirty.add(id);
  else dirty.delete(id);
  // The browser asks before a reload or closing the tab only while something is unsaved.
  if (before === 0 && dirty.size > 0) window.addEventListener('beforeunload', warnBeforeUnload);
  if (before > 0 && dirty.size === 0) window.removeEventListener('beforeunload', warnBeforeUnload);
  notify();
}

/** The names of what is unsaved now, each once. */
function unsavedNames(): string {
  return [...new Set([...dirty].map((id) => names.get(id) ?? ''))].filter(Boolean).join(', ');
}

export interface UnsavedGuard {
  id: number;
  /** This guard's form holds unsaved changes. */
  dirty: boolean;
  setDirty: (value: boolean) => void;
}

/**
 * A form's unsaved changes. Pass `isDirty` to follow a value (react-hook-form's formState.isDirty), or call setDirty
 * (e.g. false right after a save). Render <UnsavedChangesDialog guard={…} /> once for it.
 */
export function useUnsavedGuard(isDirty?: boolean): UnsavedGuard {
  const [id] = useState(() => ++lastId);
  const current = useSyncExternalStore(subscribe, () => dirty.has(id));
  const setDirty = useCallback((value: boolean) => setSource(id, value), [id]);
  useLayoutEffect(() => {
    if (isDirty !== undefined) setDirty(isDirty);
  }, [isDirty, setDirty]);
  // A form that goes away takes its changes with it (a closed dialog, a page left after "leave").
  useEffect(() => () => setSource(id, false), [id]);
  return { id, dirty: current, setDirty };
}

/** Leaving is another page or another section/year in the address; a change of the hash alone is not. */
const shouldBlock: BlockerFunction = ({ currentLocation, nextLocation }) =>
  dirty.size > 0 && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search);

/** The router's one blocker and its question: stay (the primary, focused button) or leave without saving. */
function RouterBlocker() {
  const { t } = useI18n();
  const blocker = useBlocker(shouldBlock);
  const sections = useSyncExternalStore(subscribe, unsavedNames);
  if (blocker.state !== 'blocked') return null;
  const stay = () => blocker.reset();
  const leave = () => {
    for (const id of [...dirty]) setSource(id, false);
    blocker.proceed();
  };
  return (
    <Dialog title={t('unsaved.title')} onClose={stay} unguarded>
      <div className="dialog__body">
        <p>{t('unsaved.text', { section: sections })}</p>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={stay} data-autofocus>
          {t('unsaved.stay')}
        </button>
        <button type="button" className="button button--secondary button--danger" onClick={leave}>
          {t('unsaved.leave')}
        </button>
      </div>
    </Dialog>
  );
}

/**
 * Where a guard's question appears. Only the first mounted guard renders the blocker; outside a data router (a test
 * rendering a dialog alone) only the browser's beforeunload question applies.
 */
export function UnsavedChangesDialog({ guard, section }: { guard: Pick<UnsavedGuard, 'id'>; section?: string }) {
  const { id } = guard;
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  useLayoutEffect(() => {
    guards.push(id);
    notify();
    return () => {
      guards.splice(guards.indexOf(id), 1);
      notify();
    };
  }, [id]);
  // The section's name may change while it is dirty (another domain on screen): the question names the current one.
  useLayoutEffect(() => {
    names.set(id, section ?? '');
    notify();
    return () => {
      names.delete(id);
    };
  }, [id, section]);
  const host = useSyncExternalStore(subscribe, () => guards[0] === id);
  return host && dataRouter ? <RouterBlocker /> : null;
}
