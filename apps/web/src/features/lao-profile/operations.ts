import { graphql } from '../../generated';

/** What the contacts form shows and saves: the website and the INFO administrators, with the last change. */
graphql(`
  fragment LaoContacts on LocalAuthority {
    code
    website
    updatedAt
    infoAdmins {
      name
      position
      phone
    }
  }
`);

export const laoProfileQuery = graphql(`
  query LaoProfile($code: String!) {
    localAuthority(code: $code) {
      ...LocalAuthorityPlace
      ...LaoContacts
      type
    }
  }
`);

export const updateContactsMutation = graphql(`
  mutation UpdateLocalAuthorityContacts($input: UpdateLocalAuthorityContactsInput!) {
    updateLocalAuthorityContacts(input: $input) {
      ...LaoContacts
    }
  }
`);
