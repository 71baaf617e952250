import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import { WelfareAddresses } from './welfare-addresses';

@ObjectType({ description: "A subdistrict (ตำบล / แขวง) of an LAO's area, where its beneficiaries may live." })
export class Subdistrict {
  @Field({ description: 'Six digits; its first four are the district code.' })
  code: string;

  @Field()
  nameTh: string;

  @Field()
  nameEn: string;

  @Field()
  districtCode: string;

  @Field()
  districtNameTh: string;
}

/** The addresses a registration may take: the subdistricts of the LAO's area, as the API checks them. */
@Resolver()
export class WelfareGeographyResolver {
  constructor(private readonly addresses: WelfareAddresses) {}

  @Access({ module: 'WELFARE', right: 'VIEW', lao: (args) => args.laoCode })
  @Query(() => [Subdistrict], {
    description: "The subdistricts of the LAO's area (its district; a PAO's or Bangkok's province) that a beneficiary's address may name, by code.",
  })
  welfareSubdistricts(@Args('laoCode') laoCode: string): Promise<Subdistrict[]> {
    return this.addresses.subdistrictsOf(laoCode);
  }
}
