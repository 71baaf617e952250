import { graphql } from '../../generated';

/** The 77 provinces with their districts: small, public, cached for the session. */
export const provincesQuery = graphql(`
  query Provinces {
    provinces {
      code
      nameTh
      nameEn
      districts {
        code
        nameTh
        nameEn
      }
    }
  }
`);

/** An LAO with its names and where it is: every list and page that shows an LAO selects this. */
graphql(`
  fragment LocalAuthorityPlace on LocalAuthority {
    code
    nameTh
    nameEn
    district {
      code
      nameTh
      nameEn
    }
    province {
      code
      nameTh
      nameEn
    }
  }
`);

/** One page of the registry; the browser and the Excel export both use it. */
export const localAuthoritiesQuery = graphql(`
  query LocalAuthorities($filter: LocalAuthorityFilter, $sort: LocalAuthoritySort, $first: Int, $after: String) {
    localAuthorities(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...LocalAuthorityPlace
          type
          website
        }
      }
    }
  }
`);
