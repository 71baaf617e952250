import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * Which section of a submission is open (INFO's domains, the e-Service survey's sides), kept in the address
 * (?domain=…, ?side=…; the first section leaves it out) so a link or a reload opens the same one; next and previous;
 * and the heading of the open section, which takes the focus when asked to (after "save and next", "go to …").
 * Moving is a navigation, so an unsaved-changes guard holds it like any other.
 */
export function useSectionNav<S extends string | number>(param: string, sections: readonly S[]) {
  const [params, setParams] = useSearchParams();
  const raw = params.get(param);
  const active = sections.find((s) => String(s) === raw) ?? sections[0]!;
  const index = sections.indexOf(active);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);

  const goTo = useCallback(
    (section: S, { focus = false }: { focus?: boolean } = {}) => {
      focusNext.current = focus;
      setParams(
        (previous) => {
          const copy = new URLSearchParams(previous);
          if (section === sections[0]) copy.delete(param);
          else copy.set(param, String(section));
          return copy;
        },
        { replace: true },
      );
    },
    [param, sections, setParams],
  );

  // Once the section has changed (a guard may have held the move), its heading takes the focus if that was asked.
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    headingRef.current?.focus();
  }, [active]);

  return {
    active,
    index,
    next: sections[index + 1] ?? null,
    previous: index > 0 ? sections[index - 1]! : null,
    goTo,
    headingRef,
  };
}

export type SectionNav<S extends string | number> = ReturnType<typeof useSectionNav<S>>;
