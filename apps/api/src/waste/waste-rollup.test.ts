import { PLAUSIBLE_KG_PER_CAPITA, PLAUSIBLE_YEARLY_CHANGE } from '@lao/domain';
import { FROZEN_THRESHOLDS } from './waste-rollup.sql';

describe('the Waste rollup triggers', () => {
  it('count warnings with the plausibility thresholds the domain has (a change needs a migration and a refill)', () => {
    expect(FROZEN_THRESHOLDS).toEqual({ kgPerCapita: PLAUSIBLE_KG_PER_CAPITA, yearlyChange: PLAUSIBLE_YEARLY_CHANGE });
  });
});
