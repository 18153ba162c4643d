// @cx-kit/core, loaded from its TypeScript source through tsx, so the server
// and its tests validate with the very schemas the widgets use, without a
// build first. tsImport keeps the TypeScript loader to these imports
// (nothing else in the process is affected).
import { tsImport } from 'tsx/esm/api';

/** @type {typeof import('../../packages/core/src/index.ts')} */
export const core = await tsImport('../../packages/core/src/index.ts', import.meta.url);

/** Core's small field checks (email, date-time …), which its public index does not re-export. */
/** @type {typeof import('../../packages/core/src/domain/field-formats.ts')} */
export const formats = await tsImport('../../packages/core/src/domain/field-formats.ts', import.meta.url);
