import type { LaoType } from '@lao/domain';
import { Extensions, Field, InputType, ObjectType } from '@nestjs/graphql';
import { PersonalField, type PersonalSubject } from '../auth/personal-data';
import { LaoTypeEnum } from '../common/enums';
import { Paginated } from '../common/paging';

@ObjectType()
export class District {
  @Field({ description: 'Four-digit district code; its first two digits are the province code.' })
  code: string;

  @Field()
  nameTh: string;

  @Field()
  nameEn: string;

  provinceCode: string;
}

@ObjectType()
export class Province {
  @Field({ description: 'Two-digit province code.' })
  code: string;

  @Field()
  nameTh: string;

  @Field()
  nameEn: string;

  @Extensions({ listSize: 50 })
  @Field(() => [District])
  districts: District[];
}

@ObjectType({ description: "One of an LAO's INFO administrators (seed 001)." })
export class InfoAdmin implements PersonalSubject {
  @Field()
  name: string;

  @Field()
  position: string;

  /** Personal data: only for callers holding PERSONAL_DATA on the registry with the LAO in scope. */
  @PersonalField('REGISTRY', 'OTHER', () => String, { description: 'Personal data: null unless the caller holds PERSONAL_DATA on REGISTRY for this LAO.' })
  phone: string | null;

  laoCode: string;
  provinceCode: string;
  personalSubjectId: string;
  personalSubjectType: string;
}

@ObjectType()
export class LocalAuthority {
  @Field({ description: 'The seven-digit DLA code.' })
  code: string;

  @Field()
  nameTh: string;

  @Field()
  nameEn: string;

  @Field(() => LaoTypeEnum)
  type: LaoType;

  @Field(() => Province)
  province: Province;

  @Field(() => District, { nullable: true })
  district: District | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  /** Stored contacts; exposed through the `infoAdmins` field resolver, which applies the scope rule. */
  storedInfoAdmins: { name: string; position: string; phone: string }[];

  provinceCode: string;

  @Field(() => Date, { description: 'When the registry entry or its contacts last changed.' })
  updatedAt: Date;
}

@ObjectType()
export class LocalAuthorityConnection extends Paginated(LocalAuthority, 'LocalAuthority') {}

@InputType()
export class LocalAuthorityFilter {
  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true })
  districtCode?: string | null;

  @Field(() => LaoTypeEnum, { nullable: true })
  type?: LaoType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Thai or English name, or the start of the code; อบต./ทต./ทม./ทน./อบจ. are understood. At most 100 characters.',
  })
  search?: string | null;
}

@InputType()
export class InfoAdminInput {
  @Field()
  name: string;

  @Field()
  position: string;

  @Field()
  phone: string;
}

@InputType()
export class UpdateLocalAuthorityContactsInput {
  @Field()
  laoCode: string;

  @Field(() => String, { nullable: true, description: 'Left out: unchanged. null or "": cleared.' })
  website?: string | null;

  @Field(() => [InfoAdminInput], { nullable: true, description: 'At most two. Left out: unchanged. null or []: cleared.' })
  infoAdmins?: InfoAdminInput[] | null;
}
