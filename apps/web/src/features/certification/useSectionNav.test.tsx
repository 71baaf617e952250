import { act } from '@testing-library/react';
import { renderHookWithApp } from '../../test/render';
import { useSectionNav } from './useSectionNav';

const SIDES = [1, 2, 3, 4, 5, 6] as const;

describe('useSectionNav: which section is open, in the address', () => {
  it('reads the section from the address, the first when there is none or it is not one of them (sides 1–6)', () => {
    expect(renderHookWithApp(() => useSectionNav('side', SIDES), { route: '/x?side=4' }).result.current.active).toBe(4);
    expect(renderHookWithApp(() => useSectionNav('side', SIDES), { route: '/x?side=9' }).result.current.active).toBe(1);
    expect(renderHookWithApp(() => useSectionNav('side', SIDES), { route: '/x' }).result.current.active).toBe(1);
  });

  it('knows the next and previous section', () => {
    const first = renderHookWithApp(() => useSectionNav('side', SIDES), { route: '/x' }).result.current;
    expect([first.previous, first.next]).toEqual([null, 2]);
    const last = renderHookWithApp(() => useSectionNav('side', SIDES), { route: '/x?side=6' }).result.current;
    expect([last.previous, last.next]).toEqual([5, null]);
  });

  it('writes the section into the address (leaving the first out), keeping the other parameters', () => {
    const { result, router } = renderHookWithApp(() => useSectionNav('domain', ['A', 'B', 'C'] as const), { route: '/info/lao/1?year=2569' });
    act(() => result.current.goTo('C'));
    expect(result.current.active).toBe('C');
    expect(router.state.location.search).toBe('?year=2569&domain=C');
    act(() => result.current.goTo('A'));
    expect(router.state.location.search).toBe('?year=2569');
  });
});
