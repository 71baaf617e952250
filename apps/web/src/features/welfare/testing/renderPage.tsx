import { defaultRights, type UserLevel } from '@lao/domain';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { useAuth } from '../../../app/auth';
import { fakeApi, session, type Handlers } from '../../../test/fakeApi';
import { renderWithApp } from '../../../test/render';
import { LAO } from './fixtures';

/** The page once the session is known (as the shell shows it). */
function SignedIn({ children }: { children: ReactNode }) {
  return useAuth().status === 'ready' ? <>{children}</> : null;
}

export interface PageOptions {
  route: string;
  path: string;
  handlers: Handlers;
  /** Who is signed in, with the level's default rights (LAO: its own LAO's official; province 12; the department). */
  level?: UserLevel;
}

/** A Welfare page under its route, signed in, answered by a fake API. */
export function renderPage(ui: ReactElement, { route, path, handlers, level = 'LAO' }: PageOptions) {
  const scope = level === 'LAO' ? LAO : level === 'PROVINCE' ? '12' : null;
  const api = fakeApi({ Session: session(level, scope, defaultRights(level)), ...handlers });
  const view = renderWithApp(<SignedIn>{ui}</SignedIn>, { route, path, providers: api.providers });
  return { ...view, api, user: userEvent.setup() };
}
