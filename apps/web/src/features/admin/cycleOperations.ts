import { graphql } from '../../generated';

graphql(`
  fragment CycleDetail on CertificationCycle {
    module
    fiscalYear
    deadline
    windows {
      opensAt
      closesAt
    }
    extensions {
      scopeCode
      until
    }
  }
`);

export const certificationCycleQuery = graphql(`
  query CertificationCycle($module: CertificationModule!, $fiscalYear: Int!) {
    certificationCycle(module: $module, fiscalYear: $fiscalYear) {
      ...CycleDetail
    }
  }
`);

export const openCertificationCycleMutation = graphql(`
  mutation OpenCertificationCycle($input: OpenCertificationCycleInput!) {
    openCertificationCycle(input: $input) {
      ...CycleDetail
    }
  }
`);

export const extendCertificationCycleMutation = graphql(`
  mutation ExtendCertificationCycle($input: ExtendCertificationCycleInput!) {
    extendCertificationCycle(input: $input) {
      ...CycleDetail
    }
  }
`);

export const removeCycleExtensionMutation = graphql(`
  mutation RemoveCycleExtension($input: RemoveCycleExtensionInput!) {
    removeCycleExtension(input: $input) {
      ...CycleDetail
    }
  }
`);
