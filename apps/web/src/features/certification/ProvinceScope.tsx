import { Fragment, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { Forbidden } from '../../ui/Forbidden';

/**
 * A province page (…/province/:provinceCode) for the province's own office and the department; an LAO, another
 * province's office or a malformed code sees "forbidden". The page starts afresh for another province.
 */
export function ProvinceScope({ children }: { children: (provinceCode: string) => ReactNode }) {
  const { provinceCode = '' } = useParams();
  const user = useUser();
  if (user.level === 'LAO' || (user.level === 'PROVINCE' && user.scopeCode !== provinceCode) || !/^\d{2}$/.test(provinceCode)) {
    return <Forbidden />;
  }
  return <Fragment key={provinceCode}>{children(provinceCode)}</Fragment>;
}
