import { afterEach } from 'vitest';

afterEach(() => {
  // A spec may run in the node environment (dev-proxy.spec.ts): no DOM to reset there.
  if (typeof document === 'undefined') return;
  localStorage.clear();
  document.body.innerHTML = '';
});
