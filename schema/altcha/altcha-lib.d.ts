/**
 * altcha-lib ships its types under `exports`, which this project's `moduleResolution: node` does not
 * read: these point the two entry points Steward requires at the CommonJS build's own declarations.
 * At run time Node (and Jest) resolve the package's `exports` to that same CommonJS build.
 */
declare module 'altcha-lib' {
  export * from 'altcha-lib/dist/cjs/v2/index';
}
declare module 'altcha-lib/algorithms/pbkdf2' {
  export * from 'altcha-lib/dist/cjs/v2/algorithms/pbkdf2';
}
