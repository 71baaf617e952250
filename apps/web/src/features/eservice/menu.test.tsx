import { defaultRights, PLATFORM_MODULE_LABELS } from '@lao/domain';
import { screen, within } from '@testing-library/react';
import { SideMenu } from '../../app/SideMenu';
import { renderWithApp } from '../../test/render';

const label = PLATFORM_MODULE_LABELS.ESERVICE.th;
const hrefOf = () => within(screen.getByRole('navigation', { name: 'เมนูหลัก' })).getByRole('link', { name: label }).getAttribute('href');

describe('the e-Service survey in the menu', () => {
  it('opens each level’s own page: the LAO’s survey, the province’s list, the national report', () => {
    const lao = renderWithApp(<SideMenu user={{ level: 'LAO', scopeCode: '4120502', rights: defaultRights('LAO') }} />);
    expect(hrefOf()).toBe('/eservice/lao/4120502');
    lao.unmount();
    const province = renderWithApp(<SideMenu user={{ level: 'PROVINCE', scopeCode: '12', rights: defaultRights('PROVINCE') }} />);
    expect(hrefOf()).toBe('/eservice/province/12');
    province.unmount();
    renderWithApp(<SideMenu user={{ level: 'DEPARTMENT', scopeCode: null, rights: defaultRights('DEPARTMENT') }} />);
    expect(hrefOf()).toBe('/eservice/report');
  });

  it('is not there without ESERVICE rights', () => {
    renderWithApp(<SideMenu user={{ level: 'LAO', scopeCode: '4120502', rights: { REGISTRY: ['VIEW'] } }} />);
    expect(screen.queryByText(label)).not.toBeInTheDocument();
  });
});
