// The validation engine as the extension loads it: ajv, the fill-file check, lint, the example
// generator, the catalogue's models as JSON Schema, the template-source analysis and preview
// renderer (Handlebars' parser) and the structure diff, in one bundle (dist/engine.js, see
// esbuild.mjs) required the first time a fill file, a template structure, a preview or a diff
// needs it (template folders too: src/core/authoring), so activation never pays for them. The vscode layer imports
// only the type of this module. The CLI and the sandbox import the modules directly.
import { checkTemplateFolder, folderDetail, folderSources } from './authoring/check';
import { predictPublish } from './authoring/predict';
import { defaultChangelog, defaultPublishAs, loadBase, publishFolder, publishedMetadataText, staleBaseProblem } from './authoring/publish';
import { downloadVersion, publishedDetail, pulledFolder } from './authoring/remote';
import { newTemplateFolder } from './authoring/scaffold';
import { operationJsonSchema } from './catalogue/jsonSchema';
import { checkAgainstModel, isModelKey, listModels, modelJsonSchema } from './catalogue/models';
import { checkFillText } from './fill/checkFill';
import { exampleAt, valueAvoidingCondition } from './fill/example';
import { scaffoldFillFile } from './fill/scaffold';
import { apiTemplateSource, cachedTemplateSource, resolveTemplate } from './fill/templates';
import { explainFailure, loadSources, predictFill } from './fill/predict';
import { lintStructureText } from './lint/lint';
import { diffStructures } from './schema/diff';
import { checkSource } from './sources/check';
import { applyMarks } from './sources/markup';
import { renderPreview } from './sources/preview';
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
  // Template sources (analysis, preview, fill prediction) and structure diffs.
  checkSource,
  applyMarks,
  renderPreview,
  predictFill,
  loadSources,
  explainFailure,
  diffStructures,
  // Template folders: check, pull, scaffold, publish prediction and upload.
  authoring: { checkTemplateFolder, folderDetail, folderSources, predictPublish, loadBase, staleBaseProblem, defaultPublishAs, defaultChangelog, publishFolder, publishedMetadataText, downloadVersion, publishedDetail, pulledFolder, newTemplateFolder },
  // JSON Schemas and checks of the catalogue's models ("Validate JSON Against…", request files).
  operationJsonSchema,
  listModels,
  isModelKey,
  modelJsonSchema,
  checkAgainstModel,
};

export type Engine = typeof engine;
