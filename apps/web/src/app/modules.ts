import type { CertifiedModule } from '../features/certification/moduleKit';
import { eServiceModule } from '../features/eservice/module';
import { infoModule } from '../features/info/module';
import { wasteModule } from '../features/waste/module';
import { welfareModule } from '../features/welfare/module';

/**
 * The certified modules this SPA serves, in menu order. The routes (App), the side menu and the department's cycles
 * page iterate over this list; a new module is its feature folder plus one line here.
 */
export const MODULES: readonly CertifiedModule[] = [infoModule, wasteModule, eServiceModule, welfareModule];

/** The module description of a certification module, when this SPA serves it. */
export function moduleOf(module: string): CertifiedModule | undefined {
  return MODULES.find((m) => m.module === module);
}
