// Preloaded (`node --require`) into Electronegativity, whose i18n module fetches translations with `got` at every
// run. Lectern's checks run with no network at all, so every `got` call is answered at once with an offline error;
// the tool then falls back to its bundled English strings. Nothing leaves the machine.
const Module = require('node:module');

const originalLoad = Module._load;
Module._load = function loadWithoutNetwork(request, parent, isMain) {
  if (request === 'got') {
    return () => Promise.reject(new Error('offline: Lectern runs its checks without network access'));
  }
  return originalLoad.call(this, request, parent, isMain);
};
