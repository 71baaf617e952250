import { useSyncExternalStore } from 'react';
import type { ThaiMapGeometry } from '@lao/thai-map';
import geometryUrl from '@lao/thai-map/thailand-provinces.json?url';

/**
 * The provinces' outlines, a static file of its own (/assets/thailand-provinces-<hash>.json, cached for a year by the
 * server): fetched once per page load, whichever maps ask for it, and never part of the JavaScript bundle.
 */
export type GeometryState =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  | { status: 'ready'; geometry: ThaiMapGeometry };

let state: GeometryState = { status: 'loading' };
let download: Promise<ThaiMapGeometry> | null = null;
const listeners = new Set<() => void>();

function publish(next: GeometryState) {
  state = next;
  for (const listener of listeners) listener();
}

async function request(): Promise<ThaiMapGeometry> {
  const response = await fetch(geometryUrl);
  if (!response.ok) throw new Error(`${geometryUrl}: HTTP ${response.status}`);
  return (await response.json()) as ThaiMapGeometry;
}

function retry() {
  publish({ status: 'loading' });
  loadGeometry().catch(() => undefined);
}

/** The geometry, downloaded on the first call and shared by every later one (a failed download may be retried). */
export function loadGeometry(): Promise<ThaiMapGeometry> {
  download ??= request().then(
    (geometry) => {
      publish({ status: 'ready', geometry });
      return geometry;
    },
    (error: unknown) => {
      download = null;
      publish({ status: 'error', retry });
      throw error;
    },
  );
  return download;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (state.status === 'loading') loadGeometry().catch(() => undefined);
  return () => {
    listeners.delete(listener);
  };
}

const snapshot = () => state;

/** The geometry's loading state; every map of the page shares the one download. */
export function useGeometry(): GeometryState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
