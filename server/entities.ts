import { KERNEL_ENTITIES, MODULES } from './modules';

/** Every entity: the kernel's and each module's. */
export const ENTITIES = [...KERNEL_ENTITIES, ...MODULES.flatMap((m) => m.entities)];
