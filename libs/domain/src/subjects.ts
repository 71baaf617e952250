import { z } from 'zod';
import { laoCodeSchema } from './registry';
import { plainText } from './validation';

/**
 * Records a module keeps below an LAO's submissions (schools, centres, election terms, persons), and recording on
 * one of them granted to one LAO official (a child-development centre's head records only that centre).
 */
export const subjectIdSchema = z.string().uuid({ error: 'subject.unknown' });

export const addSubjectSchema = z.object({
  laoCode: laoCodeSchema,
  nameTh: plainText(300).trim().min(1, { error: 'subject.nameRequired' }),
});

export const subjectGrantSchema = z.object({
  subjectId: subjectIdSchema,
  username: z.string().trim().toLowerCase().min(1, { error: 'subject.granteeNotInLao' }).max(64, { error: 'subject.granteeNotInLao' }),
});
export type SubjectGrantInput = z.input<typeof subjectGrantSchema>;
