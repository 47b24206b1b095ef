// Jest loads global setup outside its own module system, where TypeScript with
// ESM `.js` specifiers does not resolve; tsx's loader handles that here only.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const { default: setup } = await tsImport('./global-setup.ts', import.meta.url);
  await setup();
}
