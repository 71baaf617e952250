// Loaded at the first submit (or once the form is idle), never with the form: zod and the shared schemas are about
// 30 KiB that an official on a 400 kbps link would otherwise wait for before seeing the login. strict-csp first, so
// zod is configured before the schema's first parse.
import '../../strict-csp';
import { loginSchema } from '@lao/domain';
import { messageKeyOf } from '../../ui/forms';

export type LoginField = 'username' | 'password';

export type LoginCheck =
  | { ok: true; values: { username: string; password: string } }
  | { ok: false; errors: Partial<Record<LoginField, string>> };

/** The shared loginSchema (what the API checks too): the normalised values, or a message key per field. */
export function checkLogin(input: { username: string; password: string }): LoginCheck {
  const parsed = loginSchema.safeParse(input);
  if (parsed.success) return { ok: true, values: parsed.data };
  const errors: Partial<Record<LoginField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'username' || field === 'password') && !errors[field]) errors[field] = messageKeyOf(issue);
  }
  return { ok: false, errors };
}
