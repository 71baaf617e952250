import { type CertificationModule, hasRight, type Rights, type UserLevel } from './access';
import { z } from 'zod';
import { CERTIFICATION_MODULES } from './access';
import type { ErrorCode, MessageKey } from './errors';
import { laoCodeSchema } from './registry';
import { isSafeText, SAFE_TEXT_ISSUE } from './safe-text';
import { fiscalYearSchema, type WindowState } from './windows';

/**
 * The certification machine every module shares (INFO, the e-Service survey, the subsystems), domain.md §3:
 *
 *   DRAFT ──CERTIFY──▶ LAO_CERTIFIED ──CERTIFY_PROVINCE──▶ PROVINCE_CERTIFIED
 *     ▲                  │  WITHDRAW (the LAO)               │
 *     └──────────────────┴── RETURN with a reason ◀──────────┘ (province or department)
 *                            REOPEN with a reason: the department, from PROVINCE_CERTIFIED
 *
 * Pure: the caller says who acts, whether the submission is in the actor's scope and whether it is complete; the
 * machine says whether the action is allowed and where it leads. The API refuses with the answer's code; the same
 * function lists `allowedActions`, so the UI never offers what the server would refuse.
 */
export const CERTIFICATION_STATUSES = ['DRAFT', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED'] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

export const CERTIFICATION_ACTIONS = ['CERTIFY', 'WITHDRAW', 'CERTIFY_PROVINCE', 'RETURN', 'REOPEN'] as const;
export type CertificationAction = (typeof CERTIFICATION_ACTIONS)[number];

export const CERTIFICATION_STATUS_LABELS: Record<CertificationStatus, { th: string; en: string }> = {
  DRAFT: { th: 'ยังไม่ได้รับรองข้อมูล', en: 'Not certified' },
  LAO_CERTIFIED: { th: 'อปท. รับรองข้อมูลแล้ว', en: 'Certified by the LAO' },
  PROVINCE_CERTIFIED: { th: 'จังหวัดรับรองข้อมูลแล้ว', en: 'Certified by the province' },
};

export const CERTIFICATION_ACTION_LABELS: Record<CertificationAction, { th: string; en: string }> = {
  CERTIFY: { th: 'รับรองข้อมูล', en: 'Certify' },
  WITHDRAW: { th: 'ยกเลิกการรับรองข้อมูล', en: 'Withdraw certification' },
  CERTIFY_PROVINCE: { th: 'จังหวัดรับรองข้อมูล', en: 'Certify for the province' },
  RETURN: { th: 'ส่งคืนให้ อปท. แก้ไข', en: 'Return to the LAO' },
  REOPEN: { th: 'เปิดให้แก้ไขอีกครั้ง', en: 'Reopen' },
};

interface Transition {
  from: readonly CertificationStatus[];
  to: CertificationStatus;
  /** Levels that may fire it (the department may fire any transition, as the department's act). */
  levels: readonly UserLevel[];
  right: 'CERTIFY';
  needsComplete?: true;
  needsReason?: true;
}

const TRANSITIONS: Record<CertificationAction, Transition> = {
  CERTIFY: { from: ['DRAFT'], to: 'LAO_CERTIFIED', levels: ['LAO', 'DEPARTMENT'], right: 'CERTIFY', needsComplete: true },
  WITHDRAW: { from: ['LAO_CERTIFIED'], to: 'DRAFT', levels: ['LAO', 'DEPARTMENT'], right: 'CERTIFY' },
  CERTIFY_PROVINCE: { from: ['LAO_CERTIFIED'], to: 'PROVINCE_CERTIFIED', levels: ['PROVINCE', 'DEPARTMENT'], right: 'CERTIFY' },
  RETURN: { from: ['LAO_CERTIFIED', 'PROVINCE_CERTIFIED'], to: 'DRAFT', levels: ['PROVINCE', 'DEPARTMENT'], right: 'CERTIFY', needsReason: true },
  REOPEN: { from: ['PROVINCE_CERTIFIED'], to: 'DRAFT', levels: ['DEPARTMENT'], right: 'CERTIFY', needsReason: true },
};

export const MAX_REASON_LENGTH = 1000;

export interface CertificationActor {
  level: UserLevel;
  rights: Rights;
  /** Whether the submission's LAO is within the actor's scope (its own LAO, its province, or the nation). */
  inScope: boolean;
}

export interface CertificationContext {
  module: CertificationModule;
  status: CertificationStatus;
  /** Every required part has a value (checked by the module). */
  complete: boolean;
  reason?: string | null;
  /** The LAO's entry window of this year is over for good (see `yearClosedFor`): it could not certify again. */
  yearClosed?: boolean;
}

export type CertificationDecision =
  | { allowed: true; to: CertificationStatus }
  | { allowed: false; code: ErrorCode; messageKey: MessageKey };

/** Whether `actor` may fire `action` now, and the status it leads to. Checks in the order a person would ask. */
export function decideCertification(
  action: CertificationAction,
  actor: CertificationActor,
  context: CertificationContext,
): CertificationDecision {
  const transition = TRANSITIONS[action];
  if (!actor.inScope) return { allowed: false, code: 'FORBIDDEN', messageKey: 'access.outsideScope' };
  if (!hasRight(actor.rights, context.module, transition.right) || !transition.levels.includes(actor.level)) {
    return { allowed: false, code: 'FORBIDDEN', messageKey: 'certification.notYourStep' };
  }
  if (!transition.from.includes(context.status)) {
    return { allowed: false, code: 'CONFLICT', messageKey: 'certification.wrongStatus' };
  }
  // A closed year's figures are published: a province returning one would leave a DRAFT its LAO can no longer
  // certify. Only the department returns or reopens a closed year, and that re-opens the LAO's window.
  if (action === 'RETURN' && actor.level === 'PROVINCE' && context.yearClosed) {
    return { allowed: false, code: 'WINDOW_CLOSED', messageKey: 'certification.returnClosedYear' };
  }
  if (transition.needsComplete && !context.complete) {
    return { allowed: false, code: 'INCOMPLETE', messageKey: 'certification.incomplete' };
  }
  if (transition.needsReason && context.reason !== undefined) {
    const reason = context.reason?.trim() ?? '';
    if (reason === '') return { allowed: false, code: 'BAD_USER_INPUT', messageKey: 'certification.reasonRequired' };
    if (reason.length > MAX_REASON_LENGTH) return { allowed: false, code: 'BAD_USER_INPUT', messageKey: 'certification.reasonTooLong' };
  }
  return { allowed: true, to: transition.to };
}

/** What the actor may do now (a reason, where one is needed, is asked for when the action is fired). */
export function allowedCertificationActions(actor: CertificationActor, context: Omit<CertificationContext, 'reason'>): CertificationAction[] {
  return CERTIFICATION_ACTIONS.filter((action) => decideCertification(action, actor, context).allowed);
}

/**
 * Whether the LAO's window of the year is over for good: none open now and none still to come. A year without a
 * cycle (no window ever) is not "closed": the rule is about windows that have ended.
 */
export function yearClosedFor(state: WindowState, now: Date): boolean {
  return !state.open && state.opensAt !== null && state.opensAt.getTime() <= now.getTime();
}

/** Days a department's return or reopen of a closed year gives the LAO to correct and certify again. */
export const REOPENED_WINDOW_DAYS = 14;

/**
 * Whether firing `action` on a closed year re-opens the LAO's window (an extension for that LAO alone): every step
 * back to DRAFT, which in a closed year only the department can take (its return, reopen or withdrawal).
 */
export function reopensWindow(action: CertificationAction, yearClosed: boolean): boolean {
  return yearClosed && TRANSITIONS[action].to === 'DRAFT';
}

/** Whether data of a submission in this status may be changed: only a draft is editable. */
export function isEditable(status: CertificationStatus): boolean {
  return status === 'DRAFT';
}

export function needsReason(action: CertificationAction): boolean {
  return TRANSITIONS[action].needsReason === true;
}

/** Returning or reopening a submission: the reason goes to the LAO and into the history. */
export const certificationReasonSchema = z
  .string()
  .trim()
  .min(1, { error: 'certification.reasonRequired' })
  .max(MAX_REASON_LENGTH, { error: 'certification.reasonTooLong' })
  .refine((reason) => isSafeText(reason), SAFE_TEXT_ISSUE);

export const submissionKeySchema = z.object({
  module: z.enum(CERTIFICATION_MODULES),
  laoCode: laoCodeSchema,
  fiscalYear: fiscalYearSchema,
});

export const SUBMISSION_FILTER_STATUSES = CERTIFICATION_STATUSES;
