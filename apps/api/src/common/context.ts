import type { Lang } from '@lao/domain';
import type { Request } from 'express';
import type { LaoScope } from '../auth/access-policy.service';
import type { Actor } from '../auth/actor';
import type { PersonalReads } from '../auth/personal-data';
import type { Loaders } from './loaders';

/** What every resolver gets: the caller, their language, and this request's DataLoaders. */
export interface RequestContext {
  req: Request;
  actor: Actor;
  lang: Lang;
  loaders: Loaders;
  /** LAOs the access guard has already resolved for this request, by code: services take them from here. */
  laos?: Map<string, LaoScope>;
  /** Records (subjects) the guard has authorized for this request, with their LAO. */
  subjects?: Map<string, LaoScope>;
  /** Personal data this request showed unmasked (see auth/personal-data.ts). */
  personalReads?: PersonalReads;
}
