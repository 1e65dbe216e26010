// Jest resolves without the react-server condition that makes `server-only` an empty module in
// Next's server bundles; the tests are server code, so they get that empty module (jest.config.ts).
export {};
