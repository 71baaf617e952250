/**
 * Creates a department administrator outside demo mode: the first account of a real deployment.
 *   printf '%s' "$PASSWORD" | node dist/scripts/create-admin.js <username> "<display name>"
 * (or `pnpm --filter @lao/api create-admin …`). Reads the password from standard input so it never appears in the
 * process list or shell history; uses DATABASE_URL; runs pending migrations first; validates with the same
 * createUserSchema as the createUser mutation; audits the creation as done by `cli`.
 */
import 'reflect-metadata';
import { createUserSchema, defaultRights, fieldIssues } from '@lao/domain';
import { openDataSource } from '../database/data-source';
import { hashPassword } from '../auth/passwords';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new Error('Pipe the password on standard input, e.g. printf %s "$PASSWORD" | …');
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

async function main() {
  const [username, displayName] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const parsed = createUserSchema.safeParse({ username, displayName, password: await readStdin(), level: 'DEPARTMENT', scopeCode: null });
  if (!parsed.success) {
    throw new Error(fieldIssues(parsed.error, 'en').map((i) => `${i.path}: ${i.message}`).join('\n'));
  }
  const user = parsed.data;
  const db = await openDataSource(url);
  try {
    await db.runMigrations({ transaction: 'each' });
    const hash = await hashPassword(user.password);
    await db.transaction(async (manager) => {
      const taken: unknown[] = await manager.query(`SELECT 1 FROM app_user WHERE username = $1`, [user.username]);
      if (taken.length) throw new Error(`The username ${user.username} is taken`);
      await manager.query(
        `INSERT INTO app_user (username, display_name, password_hash, level, scope_code, rights) VALUES ($1, $2, $3, 'DEPARTMENT', NULL, $4::jsonb)`,
        [user.username, user.displayName, hash, JSON.stringify(defaultRights('DEPARTMENT'))],
      );
      await manager.query(
        `INSERT INTO audit_log (actor, action, module, subject_type, subject_id, subject_ids, subject_count, detail)
         VALUES ('cli', 'CREATE', 'ACCOUNTS', 'USER', $1::varchar, ARRAY[$1::text], 1, $2::jsonb)`,
        [user.username, JSON.stringify({ level: 'DEPARTMENT', via: 'create-admin' })],
      );
    });
    console.log(`Created department administrator ${user.username}`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
