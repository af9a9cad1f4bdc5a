// Types of the two Handlebars modules the source analysis loads: the parser alone (no compiler, no
// runtime, no source-map), typed with the AST the `handlebars` package declares.
/// <reference types="handlebars" />

declare module 'handlebars/dist/cjs/handlebars/compiler/base' {
  export function parse(input: string): hbs.AST.Program;
}

declare module 'handlebars/dist/cjs/handlebars/compiler/parser' {
  const parser: { parseError(message: string, hash: unknown): never };
  export = parser;
}
