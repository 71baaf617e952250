/** The national report's choices: ?year=2570&province=12&certified=1 */
export interface ReportFilter {
  province: string;
  certifiedOnly: boolean;
}

export function readReportFilter(params: URLSearchParams): ReportFilter {
  const province = params.get('province') ?? '';
  return { province: /^\d{2}$/.test(province) ? province : '', certifiedOnly: params.get('certified') === '1' };
}

export function writeReportFilter(previous: URLSearchParams, filter: ReportFilter): URLSearchParams {
  const params = new URLSearchParams(previous);
  if (filter.province) params.set('province', filter.province);
  else params.delete('province');
  if (filter.certifiedOnly) params.set('certified', '1');
  else params.delete('certified');
  return params;
}
