// The validation engine as the extension loads it: ajv, the fill-file check, lint and the example
// generator, the catalogue's models as JSON Schema, in one bundle (dist/engine.js, see esbuild.mjs) required the first time a fill file or
// a template structure is opened, so activation never pays for them. The vscode layer imports
// only the type of this module. The CLI and the sandbox import the modules directly.
import { operationJsonSchema } from './catalogue/jsonSchema';
import { checkAgainstModel, isModelKey, listModels, modelJsonSchema } from './catalogue/models';
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
  // JSON Schemas and checks of the catalogue's models ("Validate JSON Against…", request files).
  operationJsonSchema,
  listModels,
  isModelKey,
  modelJsonSchema,
  checkAgainstModel,
};

export type Engine = typeof engine;
