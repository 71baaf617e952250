import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import type { CertificationModule } from '@lao/domain';
import { Access } from '../auth/access.decorator';
import type { RequestContext } from '../common/context';
import { Ctx } from '../common/current.decorators';
import { CertificationModuleEnum } from '../common/enums';
import { SubjectsService } from './subjects.service';

@InputType()
export class SubjectGrantInput {
  @Field(() => CertificationModuleEnum)
  module: CertificationModule;

  @Field(() => ID, { description: 'The record (school, centre, …) of the module.' })
  subjectId: string;

  @Field({ description: 'An LAO account of the record\'s LAO.' })
  username: string;
}

const grantRule = { module: (args: { input?: { module?: unknown } }) => args.input?.module, right: 'ADMINISTER' as const, subject: (args: { input?: { subjectId?: unknown } }) => args.input?.subjectId };

/** Recording on one record granted to one LAO official (a child-development centre's head records only that centre). */
@Resolver()
export class SubjectsResolver {
  constructor(private readonly subjects: SubjectsService) {}

  @Access(grantRule)
  @Mutation(() => [String], { description: 'Grants recording on one record to an LAO account of its LAO; answers who holds it now.' })
  grantSubjectRecording(@Args('input') input: SubjectGrantInput, @Ctx() ctx: RequestContext) {
    return this.subjects.grant(ctx, input);
  }

  @Access(grantRule)
  @Mutation(() => [String], { description: 'Takes a grant back; answers who holds recording on the record now.' })
  revokeSubjectRecording(@Args('input') input: SubjectGrantInput, @Ctx() ctx: RequestContext) {
    return this.subjects.revoke(ctx, input);
  }
}
