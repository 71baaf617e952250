import { parse, print } from 'graphql';
import { LOGIN_DOCUMENT } from './loginRequest';
import { loginMutation } from './operations';

describe('the login posted with fetch', () => {
  it('sends the very document codegen checked against the schema (loginMutation)', () => {
    expect(print(parse(LOGIN_DOCUMENT))).toBe(print(loginMutation));
  });
});
