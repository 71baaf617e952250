import { hasRight, type CertificationModule, type Right, type Rights, type UserLevel } from '@lao/domain';
import type { ComponentType } from 'react';
import type { MessageId } from '../../i18n';

/**
 * The module kit: every certified subsystem (INFO, the e-Service survey; Waste, Welfare, ELE, LEC, LHR next) is one
 * feature folder that exports one CertifiedModule from its module.tsx. The app's one list (app/modules.ts) of them
 * drives the routes, the side menu and the department's cycles page, so adding a module copies nothing.
 */

/** What the menu and the guards need to know about the logged-in user. */
export interface ModuleUser {
  level: UserLevel;
  scopeCode: string | null;
  rights: Rights;
}

/** One link of a module in the side menu; its text is a message of the module. */
export interface MenuLink {
  to: string;
  labelKey: MessageId;
}

/** A page of the module, lazy-loaded when it is opened. */
export type ModulePage = ComponentType;

export interface CertifiedModule {
  module: CertificationModule;
  /** Where its pages live: {path}/lao/:laoCode, {path}/province/:provinceCode, {path}/{national.path}. */
  path: `/${string}`;
  /** The module's name in the UI. */
  labelKey: MessageId;
  /** The user's entries in the side menu, by the user's level and rights (none: the module is listed as unavailable). */
  menu: (user: ModuleUser) => MenuLink[];
  routes: {
    /** One LAO's submission for a year. */
    lao: ModulePage;
    /** A province's LAOs: progress, certify-all, returns, export. */
    province: ModulePage;
    /** The department's national page (its address segment differs per module: national, report). */
    national: { path: string; page: ModulePage };
    /** The module's other pages, by their address under its path (e.g. 'lao/:laoCode/person/:id'). */
    more?: readonly { path: string; page: ModulePage }[];
  };
  /** The right on this module that lets a department user administer its yearly cycles (the API asks this right). */
  cycleRight: Right;
}

export const laoPath = (m: Pick<CertifiedModule, 'path'>, laoCode: string) => `${m.path}/lao/${laoCode}`;
export const provincePath = (m: Pick<CertifiedModule, 'path'>, provinceCode: string) => `${m.path}/province/${provinceCode}`;
export const nationalPath = (m: Pick<CertifiedModule, 'path' | 'routes'>) => `${m.path}/${m.routes.national.path}`;

/**
 * The usual menu of a certified module: each level lands on its own page (the LAO's submission, the province's
 * list, the department's national page), for a user with any right on the module.
 */
export function landingMenu(m: Pick<CertifiedModule, 'module' | 'path' | 'routes' | 'labelKey'>, user: ModuleUser): MenuLink[] {
  if ((user.rights[m.module]?.length ?? 0) === 0) return [];
  if (user.level === 'LAO' && user.scopeCode) return [{ to: laoPath(m, user.scopeCode), labelKey: m.labelKey }];
  if (user.level === 'PROVINCE' && user.scopeCode) return [{ to: provincePath(m, user.scopeCode), labelKey: m.labelKey }];
  if (user.level === 'DEPARTMENT') return [{ to: nationalPath(m), labelKey: m.labelKey }];
  return [];
}

/** The department's cycles of this module: a department user with the module's cycle right (as the API asks). */
export function administersCycles(user: ModuleUser, m: Pick<CertifiedModule, 'module' | 'cycleRight'>): boolean {
  return user.level === 'DEPARTMENT' && hasRight(user.rights, m.module, m.cycleRight);
}

/** The modules whose cycles this user administers, in the list's order. */
export function cycleModules<M extends Pick<CertifiedModule, 'module' | 'cycleRight'>>(user: ModuleUser, modules: readonly M[]): M[] {
  return modules.filter((m) => administersCycles(user, m));
}
