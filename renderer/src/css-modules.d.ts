// Vite bundles CSS imported for side effects; TypeScript only needs to know such modules exist.
declare module '*.css';
