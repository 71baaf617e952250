import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useI18n } from '../../i18n';
import { schemaResolver, TextField } from '../../ui/forms';
import { FormDialog, placeServerIssues } from './FormDialog';
import { revealSchema } from './personForms';

interface RevealDialogProps {
  onReveal: (purpose: string) => Promise<{ ok: true; nationalId: string } | { ok: false; message: string | null; fields: { path: string; message: string }[] }>;
  onRevealed: (nationalId: string) => void;
  onClose: () => void;
}

/** "แสดงเลขประจำตัวประชาชน": the purpose first (at least 5 characters); the reveal is on the audit trail with it. */
export function RevealDialog({ onReveal, onRevealed, onClose }: RevealDialogProps) {
  const { t, msg } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ resolver: schemaResolver(revealSchema), defaultValues: { purpose: '' } });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async ({ purpose }) => {
    setProblem(null);
    const result = await onReveal(purpose);
    if (result.ok) return onRevealed(result.nationalId);
    if (!placeServerIssues(result.fields, () => 'purpose' as const, form.setError)) setProblem(result.message ?? t('app.networkError'));
  });
  return (
    <FormDialog
      title={t('welfare.reveal.title')}
      intro={<p>{t('welfare.reveal.intro')}</p>}
      submitLabel={t('welfare.reveal.submit')}
      closeLabel={t('welfare.cancel')}
      busy={isSubmitting}
      problem={problem}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
    >
      <TextField
        id="reveal-purpose"
        label={t('welfare.reveal.purpose')}
        hint={t('welfare.reveal.purposeHint')}
        required
        maxLength={300}
        autoComplete="off"
        data-autofocus
        error={msg(errors.purpose?.message) || undefined}
        registration={form.register('purpose')}
      />
    </FormDialog>
  );
}
