import { graphql } from '../../generated';

/** One service item with this LAO's answer (null fields: not answered yet). */
export const eServiceItemFields = graphql(`
  fragment EServiceItemFields on EServiceItem {
    id
    code
    side
    group
    nameTh
    nameEn
    custom
    offered
    needed
    steps
    channels
    otherChannels
    users
  }
`);

/** An LAO's survey for a year: the six sides with their items and answers, and the certification state. */
export const eServiceSurveyQuery = graphql(`
  query EServiceSurvey($laoCode: String!, $fiscalYear: Int!) {
    eServiceSurvey(laoCode: $laoCode, fiscalYear: $fiscalYear) {
      laoCode
      fiscalYear
      status
      complete
      editable
      allowedActions
      windowOpen
      opensAt
      closesAt
      laoCertifiedAt
      provinceCertifiedAt
      updatedAt
      history {
        ...SubmissionEventFields
      }
      localAuthority {
        ...LocalAuthorityPlace
      }
      sides {
        side
        titleTh
        titleEn
        complete
        savedAt
        groups {
          code
          titleTh
          titleEn
        }
        items {
          ...EServiceItemFields
        }
      }
    }
  }
`);

/** บันทึก / บันทึกและไปด้านถัดไป: the answered rows of one side. */
export const saveEServiceSideMutation = graphql(`
  mutation SaveEServiceSide($input: SaveEServiceSideInput!) {
    saveEServiceSide(input: $input) {
      side
      complete
      savedAt
      items {
        ...EServiceItemFields
      }
    }
  }
`);

export const addEServiceItemMutation = graphql(`
  mutation AddEServiceItem($input: AddEServiceItemInput!) {
    addEServiceItem(input: $input) {
      ...EServiceItemFields
    }
  }
`);

export const deleteEServiceItemMutation = graphql(`
  mutation DeleteEServiceItem($id: ID!) {
    deleteEServiceItem(id: $id)
  }
`);

/** รับรองข้อมูลและส่งจังหวัด: INCOMPLETE with extensions.incompleteSides while a side is incomplete. */
export const certifyEServiceSurveyMutation = graphql(`
  mutation CertifyEServiceSurvey($laoCode: String!, $fiscalYear: Int!) {
    certifyEServiceSurvey(laoCode: $laoCode, fiscalYear: $fiscalYear) {
      laoCode
      status
      laoCertifiedAt
    }
  }
`);

/** How the LAOs answered each preset item, nationally or in one province. */
export const eServiceAdoptionQuery = graphql(`
  query EServiceAdoption($fiscalYear: Int!, $provinceCode: String, $certifiedOnly: Boolean) {
    eServiceAdoption(fiscalYear: $fiscalYear, provinceCode: $provinceCode, certifiedOnly: $certifiedOnly) {
      itemCode
      side
      sideTitleTh
      sideTitleEn
      group
      groupTitleTh
      groupTitleEn
      nameTh
      nameEn
      answered
      offered
      offeredShare
      needed
      notNeeded
      steps {
        step
        count
      }
      channels {
        channel
        count
      }
      totalUsers
    }
  }
`);

export const eServiceProvinceAdoptionQuery = graphql(`
  query EServiceProvinceAdoption($fiscalYear: Int!, $certifiedOnly: Boolean) {
    eServiceProvinceAdoption(fiscalYear: $fiscalYear, certifiedOnly: $certifiedOnly) {
      provinceCode
      province {
        code
        nameTh
        nameEn
      }
      laoCount
      respondents
      offeringAny
      offeredShare
    }
  }
`);
