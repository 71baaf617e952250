import type { CertificationAction, FieldIssue, Lang } from '@lao/domain';
import type { MessageId } from '../../i18n';
import type { MissingSection } from './missing';

/** The per-LAO actions of the panel (CERTIFY_PROVINCE is the province page's certify-all, never per LAO). */
export type LaoAction = Exclude<CertificationAction, 'CERTIFY_PROVINCE'>;

export type ActionResult =
  | { ok: true }
  | { ok: false; code?: string; message: string | null; fields?: FieldIssue[]; /** INCOMPLETE: what the server found missing. */ missing?: MissingSection[] | null };

/** The module's words for the panel, as message keys. Defaults are the kit's; a module overrides what its manual words differently. */
export interface PanelWords {
  /** Facts: the status (with {year}), when the LAO and the province certified, the window. */
  status: MessageId;
  laoCertifiedAt: MessageId;
  provinceCertifiedAt: MessageId;
  window: MessageId;
  certify: MessageId;
  /** Under the buttons while certifying is offered. */
  certifyHint?: MessageId;
  confirmCertifyTitle: MessageId;
  /** {lao} {year} */
  confirmCertifyText: MessageId;
  confirmCertify: MessageId;
  confirmWithdrawTitle: MessageId;
  confirmWithdrawText: MessageId;
  confirmWithdraw: MessageId;
  /** {lao} */
  returnText: MessageId;
  returnSubmit: MessageId;
  reopenText: MessageId;
  reopenSubmit: MessageId;
  reason: MessageId;
  reasonHint: MessageId;
  close: MessageId;
  done: Record<LaoAction, MessageId>;
  /** "ไปกรอก{section}" in the list of what is missing. */
  goTo: MessageId;
}

export const DEFAULT_PANEL_WORDS: PanelWords = {
  status: 'cert.status',
  laoCertifiedAt: 'cert.laoCertifiedAt',
  provinceCertifiedAt: 'cert.provinceCertifiedAt',
  window: 'cert.windowLabel',
  certify: 'cert.certify',
  confirmCertifyTitle: 'cert.confirmCertifyTitle',
  confirmCertifyText: 'cert.confirmCertifyText',
  confirmCertify: 'cert.confirmCertify',
  confirmWithdrawTitle: 'cert.confirmWithdrawTitle',
  confirmWithdrawText: 'cert.confirmWithdrawText',
  confirmWithdraw: 'cert.confirmWithdraw',
  returnText: 'cert.returnText',
  returnSubmit: 'cert.confirmReturn',
  reopenText: 'cert.reopenText',
  reopenSubmit: 'cert.confirmReopen',
  reason: 'cert.reason',
  reasonHint: 'cert.reasonHint',
  close: 'common.close',
  done: { CERTIFY: 'cert.done.CERTIFY', WITHDRAW: 'cert.done.WITHDRAW', RETURN: 'cert.done.RETURN', REOPEN: 'cert.done.REOPEN' },
  goTo: 'cert.goTo',
};

/** How the module writes a moment (INFO: "15 มิ.ย. 2570 23:59"; the e-Service manual: "07/11/2565 16:29:30"). */
export type FormatTime = (at: string, lang: Lang) => string;
