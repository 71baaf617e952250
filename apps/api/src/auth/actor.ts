import type { Rights, UserLevel } from '@lao/domain';

export interface UserActor {
  kind: 'user';
  id: string;
  username: string;
  displayName: string;
  level: UserLevel;
  scopeCode: string | null;
  rights: Rights;
  /** Signed in with a temporary password (reset by an administrator): nothing but changing it until then. */
  mustChangePassword?: boolean;
}

/** A partner agency's key: reads the modules it names (VIEW), in its province if it has one; never writes. */
export interface ApiKeyActor {
  kind: 'apiKey';
  id: string;
  name: string;
  keyPrefix: string;
  rights: Rights;
  provinceCode: string | null;
}

export interface AnonymousActor {
  kind: 'anonymous';
}

export type Actor = UserActor | ApiKeyActor | AnonymousActor;

export const ANONYMOUS: AnonymousActor = { kind: 'anonymous' };

/** How an actor is written in audit trails and certification history. */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.username;
    case 'apiKey':
      return `apikey:${actor.keyPrefix}`;
    case 'anonymous':
      return 'anonymous';
  }
}
