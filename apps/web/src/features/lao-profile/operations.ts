import { graphql } from '../../generated';

export const laoProfileQuery = graphql(`
  query LaoProfile($code: String!) {
    localAuthority(code: $code) {
      code
      nameTh
      nameEn
      type
      website
      updatedAt
      infoAdmins {
        name
        position
        phone
      }
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
  }
`);

export const updateContactsMutation = graphql(`
  mutation UpdateLocalAuthorityContacts($input: UpdateLocalAuthorityContactsInput!) {
    updateLocalAuthorityContacts(input: $input) {
      code
      website
      updatedAt
      infoAdmins {
        name
        position
        phone
      }
    }
  }
`);
