import type { AuditAction, PlatformModule, UserLevel } from '@lao/domain';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AuditActionEnum, PlatformModuleEnum, UserLevelEnum } from '../common/enums';
import { Paginated } from '../common/paging';

@ObjectType({ description: 'One entry of the append-only audit trail (api-contract.md, "Access").' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field({ description: 'Username, `apikey:<prefix>`, or for a failed login the username tried.' })
  actor: string;

  @Field(() => UserLevelEnum, { nullable: true, description: "The user's level; null for API keys and failed logins." })
  actorLevel: UserLevel | null;

  @Field(() => String, { nullable: true, description: "The API key's name when a key acted." })
  apiKeyName: string | null;

  @Field(() => AuditActionEnum)
  action: AuditAction;

  @Field(() => PlatformModuleEnum, { nullable: true })
  module: PlatformModule | null;

  @Field(() => String, { nullable: true })
  laoCode: string | null;

  @Field(() => String, { nullable: true, description: 'SUBMISSION, CYCLE, SUBJECT_GRANT, LOCAL_AUTHORITY, USER, API_KEY, AUDIT_TRAIL, …' })
  subjectType: string | null;

  @Field(() => String, { nullable: true })
  subjectId: string | null;

  @Field(() => Int, { description: 'How many subjects the entry concerns (a read: the records it showed).' })
  subjectCount: number;

  @Field(() => String, { nullable: true, description: 'Why: the certification action and its reason, a reveal\'s stated purpose.' })
  purpose: string | null;
}

@ObjectType()
export class AuditEntryConnection extends Paginated(AuditEntry, 'AuditEntry') {}

@InputType({ description: 'Filters of the audit trail (auditFilterSchema of libs/domain); every field narrows.' })
export class AuditFilter {
  @Field(() => PlatformModuleEnum, { nullable: true })
  module?: PlatformModule | null;

  @Field(() => AuditActionEnum, { nullable: true })
  action?: AuditAction | null;

  @Field(() => String, { nullable: true, description: 'Exactly this actor (a username or `apikey:<prefix>`).' })
  actor?: string | null;

  @Field(() => String, { nullable: true })
  laoCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Entries concerning this province or its LAOs (the department; a province its own).' })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Entries about this subject, or reads that showed it.' })
  subjectId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant, inclusive.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this instant, inclusive.' })
  to?: Date | null;
}
