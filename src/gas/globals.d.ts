/**
 * Apps Script calls only top-level functions. Entry points are assigned to `global` here; the
 * build (gas-webpack-plugin) turns each `global.NAME = …` into a top-level stub carrying the
 * JSDoc above it, and webpack maps `global` onto Apps Script's global object.
 */
declare const global: Record<string, unknown>;
