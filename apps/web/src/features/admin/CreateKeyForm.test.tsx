import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MESSAGES, PLATFORM_MODULE_LABELS, PLATFORM_MODULES } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render';
import { createApiKeyMutation } from './apiKeyOperations';
import { CreateKeyForm } from './CreateKeyForm';

const PROVINCES = [
  { value: '10', label: 'กรุงเทพมหานคร' },
  { value: '74', label: 'สมุทรสาคร' },
];

const created = (name: string) => ({
  createApiKey: {
    __typename: 'CreatedApiKey',
    key: 'lk_secret_value',
    apiKey: {
      __typename: 'ApiKey',
      id: 'k1',
      name,
      keyPrefix: 'lk_secre',
      createdAt: '2026-11-24T02:00:00.000Z',
      createdBy: 'admin',
      lastUsedAt: null,
      revokedAt: null,
      expiresAt: null,
      provinceCode: null,
      rights: [],
      usage: [],
    },
  },
});

function setup(mocks: MockLink.MockedResponse[] = []) {
  const onCreated = jest.fn();
  const user = userEvent.setup();
  renderWithApp(<CreateKeyForm provinceOptions={PROVINCES} onCreated={onCreated} />, {
    providers: (children) => <MockedProvider mocks={mocks}>{children}</MockedProvider>,
  });
  return { onCreated, user };
}

const submit = () => screen.getByRole('button', { name: 'สร้างกุญแจ' });
const modules = () => screen.getByRole('group', { name: 'ระบบที่กุญแจอ่านได้ (ดูข้อมูลเท่านั้น)' });

describe('CreateKeyForm', () => {
  it('offers every platform module by its Thai name, says what none means, and the provinces after "nation-wide"', () => {
    setup();
    const boxes = within(modules()).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')?.textContent)).toEqual(PLATFORM_MODULES.map((m) => PLATFORM_MODULE_LABELS[m].th));
    expect(boxes.every((b) => !(b as HTMLInputElement).checked)).toBe(true);
    expect(modules()).toHaveAccessibleDescription(
      'ไม่เลือกเลย: ใช้ชุดเริ่มต้นของ API คือ ทะเบียน อปท., ระบบข้อมูลกลาง อปท. (INFO), แบบสำรวจงานบริการ e-Service, ระบบข้อมูลขยะมูลฝอย (Waste)',
    );
    const province = screen.getByLabelText('จังหวัด');
    expect(within(province).getAllByRole('option').map((o) => o.textContent)).toEqual(['ทั้งประเทศ', 'กรุงเทพมหานคร', 'สมุทรสาคร']);
    expect(screen.getByLabelText('วันหมดอายุ (ไม่บังคับ)')).toHaveAttribute('placeholder', 'วว/ดด/ปปปป');
  });

  it('refuses a missing name, an expiry that is not a BE day and one in the past, as the shared rules do', async () => {
    const { user, onCreated } = setup();
    await user.click(submit());
    expect(await screen.findByText(MESSAGES['accounts.apiKeyNameRequired'].th)).toBeInTheDocument();

    await user.type(screen.getByLabelText('ชื่อหน่วยงานผู้ใช้กุญแจ'), 'สำนักงานสถิติแห่งชาติ');
    const expiry = screen.getByLabelText('วันหมดอายุ (ไม่บังคับ)');
    await user.type(expiry, '31/02/2600');
    await user.click(submit());
    expect(await screen.findByText(MESSAGES['input.date'].th)).toBeInTheDocument();
    expect(expiry).toHaveAttribute('aria-invalid', 'true');

    await user.clear(expiry);
    await user.type(expiry, '01/01/2560');
    await user.click(submit());
    expect(await screen.findByText(MESSAGES['accounts.apiKeyExpiryPast'].th)).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('sends VIEW on the modules ticked, the province and the end of the expiry day in Bangkok', async () => {
    const input = {
      name: 'สำนักงานสถิติแห่งชาติ',
      rights: [{ module: 'INFO', rights: ['VIEW'] }],
      provinceCode: '74',
      expiresAt: '2057-12-31T23:59:59+07:00',
    };
    const { user, onCreated } = setup([{ request: { query: createApiKeyMutation, variables: { input } }, result: { data: created(input.name) } }]);
    await user.type(screen.getByLabelText('ชื่อหน่วยงานผู้ใช้กุญแจ'), ` ${input.name} `);
    await user.click(within(modules()).getByLabelText(PLATFORM_MODULE_LABELS.INFO.th));
    await user.selectOptions(screen.getByLabelText('จังหวัด'), '74');
    await user.type(screen.getByLabelText('วันหมดอายุ (ไม่บังคับ)'), '31/12/2600');
    await user.click(submit());
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(input.name, 'lk_secret_value'));
  });

  it('leaves the rights out when no module is ticked (the API’s default set)', async () => {
    const input = { name: 'กรมบัญชีกลาง' };
    const { user, onCreated } = setup([{ request: { query: createApiKeyMutation, variables: { input } }, result: { data: created(input.name) } }]);
    await user.type(screen.getByLabelText('ชื่อหน่วยงานผู้ใช้กุญแจ'), input.name);
    await user.click(submit());
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(input.name, 'lk_secret_value'));
  });

  it('shows the server’s BAD_USER_INPUT field messages under their fields', async () => {
    const input = { name: 'กรมบัญชีกลาง', rights: [{ module: 'WELFARE', rights: ['VIEW'] }] };
    const { user, onCreated } = setup([
      {
        request: { query: createApiKeyMutation, variables: { input } },
        result: {
          errors: [
            {
              message: 'ระบบที่ให้สิทธิ์กุญแจไม่ถูกต้องหรือซ้ำกัน',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [
                  { path: 'rights.0.module', message: 'ระบบนี้ให้กุญแจไม่ได้ (จากเซิร์ฟเวอร์)' },
                  { path: 'name', message: 'ชื่อนี้ใช้แล้ว (จากเซิร์ฟเวอร์)' },
                ],
              },
            },
          ],
        },
      },
    ]);
    await user.type(screen.getByLabelText('ชื่อหน่วยงานผู้ใช้กุญแจ'), input.name);
    await user.click(within(modules()).getByLabelText(PLATFORM_MODULE_LABELS.WELFARE.th));
    await user.click(submit());
    expect(await within(modules()).findByText('ระบบนี้ให้กุญแจไม่ได้ (จากเซิร์ฟเวอร์)')).toBeInTheDocument();
    expect(screen.getByLabelText('ชื่อหน่วยงานผู้ใช้กุญแจ')).toHaveAccessibleDescription('ชื่อนี้ใช้แล้ว (จากเซิร์ฟเวอร์)');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });
});
