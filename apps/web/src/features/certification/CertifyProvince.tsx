import { useMutation } from '@apollo/client/react';
import { hasRight, type CertificationModule, type Rights, type UserLevel } from '@lao/domain';
import { useState } from 'react';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { ConfirmDialog } from '../../ui/dialog';
import { certifyProvinceMutation } from './operations';

/** จังหวัดดำเนินการรับรองข้อมูลทั้งหมด is for the province's own office and the department, with CERTIFY on the module. */
export function mayCertifyProvince(user: { level: UserLevel; scopeCode: string | null; rights: Rights }, module: CertificationModule, provinceCode: string): boolean {
  return hasRight(user.rights, module, 'CERTIFY') && (user.level === 'DEPARTMENT' || (user.level === 'PROVINCE' && user.scopeCode === provinceCode));
}

/**
 * Certify-all for a province and year: the confirmation, the request, and what happened. All or nothing on the
 * server: a refusal says, in the server's words, how many LAOs have not certified yet.
 */
export function useCertifyProvince(module: CertificationModule, provinceCode: string, fiscalYear: number, onCertified: () => Promise<void>) {
  const { t } = useI18n();
  const [certifyProvince] = useMutation(certifyProvinceMutation);
  const [confirming, setConfirming] = useState(false);
  const [certifying, setCertifying] = useState(false);
  const [certifiedCount, setCertifiedCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const ask = () => {
    setCertifiedCount(null);
    setError(null);
    setConfirming(true);
  };
  const certify = async () => {
    setCertifying(true);
    setCertifiedCount(null);
    setError(null);
    try {
      const result = await certifyProvince({ variables: { module, provinceCode, fiscalYear } });
      setConfirming(false);
      setCertifiedCount(result.data?.certifyProvince.certifiedCount ?? 0);
      await onCertified();
    } catch (e) {
      setConfirming(false);
      setError(apiProblem(e).message ?? t('app.networkError'));
    } finally {
      setCertifying(false);
    }
  };

  return { confirming, certifying, certifiedCount, error, ask, certify, cancel: () => setConfirming(false) };
}

export type CertifyProvince = ReturnType<typeof useCertifyProvince>;

interface CertifyProvinceButtonProps {
  certification: CertifyProvince;
  /** The button, the confirmation's title, its text, and its two buttons, already translated. */
  label: string;
  confirmTitle: string;
  confirmText: string;
  confirmLabel: string;
  closeLabel: string;
  disabled: boolean;
  describedBy?: string;
}

/** The certify-all button and its "are you sure?". */
export function CertifyProvinceButton({ certification, label, confirmTitle, confirmText, confirmLabel, closeLabel, disabled, describedBy }: CertifyProvinceButtonProps) {
  return (
    <>
      <button type="button" className="button button--primary" onClick={certification.ask} disabled={disabled || certification.certifying} aria-describedby={describedBy}>
        {label}
      </button>
      {certification.confirming && (
        <ConfirmDialog
          title={confirmTitle}
          confirmLabel={confirmLabel}
          closeLabel={closeLabel}
          busy={certification.certifying}
          onClose={certification.cancel}
          onConfirm={() => void certification.certify()}
        >
          <p>{confirmText}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
