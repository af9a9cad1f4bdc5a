// The validation engine as the extension loads it: ajv, the fill-file check, lint and the example
// generator in one bundle (dist/engine.js, see esbuild.mjs) required the first time a fill file or
// a template structure is opened, so activation never pays for them. The vscode layer imports
// only the type of this module. The CLI and the sandbox import the modules directly.
import { checkFillText } from './fill/checkFill';
import { exampleAt, valueAvoidingCondition } from './fill/example';
import { scaffoldFillFile } from './fill/scaffold';
import { apiTemplateSource, cachedTemplateSource, resolveTemplate } from './fill/templates';
import { lintStructureText } from './lint/lint';
import { SchemaValidator } from './validation/ajv';

export const engine = {
  SchemaValidator,
  checkFillText,
  lintStructureText,
  scaffoldFillFile,
  exampleAt,
  valueAvoidingCondition,
  apiTemplateSource,
  cachedTemplateSource,
  resolveTemplate,
};

export type Engine = typeof engine;
