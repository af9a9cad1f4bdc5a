"use strict";
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t2 = typeof data;
  switch (t2) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t2}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params2) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params2?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params2 = _params;
  if (!params2)
    return {};
  if (typeof params2 === "string")
    return { error: () => params2 };
  if (params2?.message !== void 0) {
    if (params2?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params2.error = params2.message;
  }
  delete params2.message;
  if (typeof params2.error === "string")
    return { ...params2, error: () => params2.error };
  return params2;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a2, b2) {
  if (!b2?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a2._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a2, Reflect.ownKeys(sourceShape(a2)));
  mirrorShape(newShape, b2, Reflect.ownKeys(sourceShape(b2)));
  const def = mergeDefs(a2._zod.def, {
    shape: newShape,
    get catchall() {
      return b2._zod.def.catchall;
    },
    checks: b2._zod.def.checks ?? []
  });
  return clone(a2, def);
}
function partial(Class2, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t2 = typeof data;
  switch (t2) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t2;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b2) => b2.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params2) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params2?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params2?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params2?.Parent && inst instanceof params2.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params2) {
  return { callee: params2?.callee ?? callee, Err: params2?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params2) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params2?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params2?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var _null = /^null$/i;
var _undefined = /^undefined$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed2 = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed2;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url = validateURL(trimmed, def);
      if (url === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUndefined = /* @__PURE__ */ $constructor("$ZodUndefined", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = _undefined;
  inst._zod.values = /* @__PURE__ */ new Set([void 0]);
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (typeof input === "undefined")
      return payload;
    payload.issues.push({
      expected: "undefined",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodNull = /* @__PURE__ */ $constructor("$ZodNull", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = _null;
  inst._zod.values = /* @__PURE__ */ new Set([null]);
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (input === null)
      return payload;
    payload.issues.push({
      expected: "null",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t2 = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t2 === "never")
        unrecognized.push(key);
      continue;
    }
    if (t2 === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema = shape[key];
      const optin = schema?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
function discriminatorMap(def) {
  const map = /* @__PURE__ */ new Map();
  for (const option of def.options) {
    const values = option._zod.propValues?.[def.discriminator];
    if (!values || values.size === 0)
      throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
    for (const value of values) {
      if (map.has(value)) {
        if (value !== void 0)
          throw new Error(`Duplicate discriminator value "${String(value)}"`);
        map.set(value, null);
      } else {
        map.set(value, option);
      }
    }
  }
  return map;
}
var $ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
  def.inclusive = false;
  $ZodUnion.init(inst, def);
  const _super = inst._zod.parse;
  defineLazyInternal(inst, "propValues", (zod) => {
    const propValues = {};
    let undefinedCount = 0;
    for (const option of zod.def.options) {
      const pv = option._zod.propValues;
      if (!pv || Object.keys(pv).length === 0)
        throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
      if (pv[zod.def.discriminator]?.has(void 0))
        undefinedCount++;
      for (const [k, v] of Object.entries(pv)) {
        if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
          assignProp(propValues, k, /* @__PURE__ */ new Set());
        }
        for (const val of v) {
          propValues[k].add(val);
        }
      }
    }
    if (!zod.def.unionFallback && undefinedCount > 1)
      propValues[zod.def.discriminator]?.delete(void 0);
    return propValues;
  });
  def.options.forEach((option, i) => {
    const propShape = rawShape(option._zod.def);
    if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
      throw new Error(`Invalid discriminated union option at index "${i}"`);
    }
  });
  const disc = cached(() => discriminatorMap(def));
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isObject(input)) {
      payload.issues.push({
        code: "invalid_type",
        expected: "object",
        input,
        inst
      });
      return payload;
    }
    const value = input?.[def.discriminator];
    const opt = disc.value.get(value);
    if (opt && (value !== void 0 || ctx.direction !== "backward")) {
      return opt._zod.run(payload, ctx);
    }
    if (def.unionFallback || ctx.direction === "backward") {
      return _super(payload, ctx);
    }
    payload.issues.push({
      code: "invalid_union",
      errors: [],
      note: "No matching discriminator",
      discriminator: def.discriminator,
      options: Array.from(disc.value.keys()).filter((value2) => disc.value.get(value2) !== null),
      input,
      path: [def.discriminator],
      inst
    });
    return payload;
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a2, b2) {
  if (a2 === b2) {
    return { valid: true, data: a2 };
  }
  if (a2 instanceof Date && b2 instanceof Date && +a2 === +b2) {
    return { valid: true, data: a2 };
  }
  if (isPlainObject(a2) && isPlainObject(b2)) {
    const bKeys = Object.keys(b2);
    const sharedKeys = Object.keys(a2).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a2, ...b2 };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a2[key], b2[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a2) && Array.isArray(b2)) {
    if (a2.length !== b2.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a2.length; index++) {
      const itemA = a2[index];
      const itemB = b2[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params2) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params2) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params2) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params2) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params2) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params2) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params2) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params2) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params2) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params2) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params2) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params2) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params2) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params2) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params2) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params2) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params2) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params2) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params2) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params2) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params2) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params2) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params2) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params2) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params2) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params2) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params2) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params2) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params2) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params2) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params2) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params2) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _undefined2(Class2, params2) {
  return new Class2({
    type: "undefined",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _null2(Class2, params2) {
  return new Class2({
    type: "null",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params2) {
  return new Class2({
    type: "never",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params2) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params2),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params2) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params2),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params2) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params2),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params2) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params2),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params2) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params2),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params2) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params2),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params2) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params2),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params2) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params2),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params2) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params2),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params2) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params2) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params2) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params2),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params2) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params2),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params2) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params2),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form2) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form2));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params2) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params2)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params2) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params2);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params2) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params2)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params2) {
  let target = params2?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params2.processors ?? {},
    metadataRegistry: params2?.metadata ?? globalRegistry,
    target,
    unrepresentable: params2?.unrepresentable ?? "throw",
    override: params2?.override ?? (() => {
    }),
    io: params2?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params2?.cycles ?? "ref",
    reused: params2?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params2?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params2, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params2.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params2 = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params2);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params2);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params2);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId2 = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId2) {
        return { ref: uriGenerator(externalId2) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b2) => !b2))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema, processors = {}) => (params2) => {
  const ctx = initializeContext({ ...params2, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params2) => {
  const { libraryOptions, target } = params2 ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params2) => {
  const json = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
  json.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json.minimum = exclusiveMinimum;
      json.exclusiveMinimum = true;
    } else {
      json.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json.maximum = exclusiveMaximum;
      json.exclusiveMaximum = true;
    } else {
      json.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema, ctx, json, params2, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json.multipleOf = first;
    if (rest.length)
      json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var nullProcessor = (_schema, ctx, json, _params) => {
  if (ctx.target === "openapi-3.0") {
    json.type = "string";
    json.nullable = true;
    json.enum = [null];
  } else {
    json.type = "null";
  }
};
var undefinedProcessor = (schema, ctx, json, params2) => {
  handleUnrepresentable(schema, ctx, json, params2, "Undefined cannot be represented in JSON Schema");
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var enumProcessor = (schema, _ctx, json, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var literalProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  if (def.values.length === 0) {
    json.not = {};
    return;
  }
  const vals = [];
  for (const val of def.values) {
    if (val === void 0) {
      if (handleUnrepresentable(schema, ctx, json, params2, "Literal `undefined` cannot be represented in JSON Schema"))
        return;
    } else if (typeof val === "bigint") {
      if (handleUnrepresentable(schema, ctx, json, params2, "BigInt literals cannot be represented in JSON Schema"))
        return;
      vals.push(Number(val));
    } else {
      vals.push(val);
    }
  }
  if (vals.length === 0) {
  } else if (vals.length === 1) {
    const val = vals[0];
    json.type = val === null ? "null" : typeof val;
    if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
      json.enum = [val];
    } else {
      json.const = val;
    }
  } else {
    if (vals.every((v) => typeof v === "number"))
      json.type = "number";
    if (vals.every((v) => typeof v === "string"))
      json.type = "string";
    if (vals.every((v) => typeof v === "boolean"))
      json.type = "boolean";
    if (vals.every((v) => v === null))
      json.type = "null";
    json.enum = vals;
  }
};
var customProcessor = (schema, ctx, json, params2) => {
  handleUnrepresentable(schema, ctx, json, params2, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params2) => {
  handleUnrepresentable(schema, ctx, json, params2, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params2) => {
  const json = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params2,
    path: [...params2.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params2) => {
  const json = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params2, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params2,
      path: [...params2.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params2,
      path: [...params2.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params2,
    path: [...params2.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  const a2 = processSchema(def.left, ctx, {
    ...params2,
    path: [...params2.path, "allOf", 0]
  });
  const b2 = processSchema(def.right, ctx, {
    ...params2,
    path: [...params2.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a2) ? a2.allOf : [a2],
    ...isSimpleIntersection(b2) ? b2.allOf : [b2]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types.includes("string") && types.some((t2) => t2 === "number" || t2 === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema, ctx, _json, params2) => {
  const json = _json;
  const def = schema._zod.def;
  json.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params2,
      path: [...params2.path, "patternProperties", "*"]
    });
    json.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json.propertyNames = processSchema(def.keyType, ctx, {
        ...params2,
        path: [...params2.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema);
    }
    json.additionalProperties = processSchema(def.valueType, ctx, {
      ...params2,
      path: [...params2.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params2) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params2) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params2, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params2);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params2);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json, params2, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params2) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params2) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params2) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params2);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue2) => {
    self.issues.push(issue2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params2) {
    return clone(this, def, params2);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check, params2) {
    return this.check(refine(check, params2));
  },
  superRefine(refinement, params2) {
    return this.check(superRefine(refinement, params2));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params2) {
    return nonoptional(this, params2);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params2) {
    return _catch(this, params2);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params2) {
    return parse(this, data, params2, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params2) {
    return await parseAsync(this, data, params2, { callee: _parseAsync2 });
  },
  safeParse(data, params2) {
    return safeParse(this, data, params2);
  },
  async safeParseAsync(data, params2) {
    return safeParseAsync(this, data, params2);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params2) {
    return validate(this, data, params2);
  },
  validateAsync(data, params2) {
    return validateAsync(this, data, params2);
  },
  encode: function _encode2(data, params2) {
    return encode(this, data, params2, { callee: _encode2 });
  },
  decode: function _decode2(data, params2) {
    return decode(this, data, params2, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params2) {
    return await encodeAsync(this, data, params2, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params2) {
    return await decodeAsync(this, data, params2, { callee: _decodeAsync2 });
  },
  safeEncode(data, params2) {
    return safeEncode(this, data, params2);
  },
  safeDecode(data, params2) {
    return safeDecode(this, data, params2);
  },
  async safeEncodeAsync(data, params2) {
    return safeEncodeAsync(this, data, params2);
  },
  async safeDecodeAsync(data, params2) {
    return safeDecodeAsync(this, data, params2);
  },
  toJSONSchema(params2) {
    return createToJSONSchemaMethod(this, {})(params2);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params2) => stringProcessor(inst, ctx, json, params2);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params2) {
      return this.check(_lowercase(params2));
    },
    uppercase(params2) {
      return this.check(_uppercase(params2));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params2) {
    return this.check(_email(ZodEmail, params2));
  },
  url(params2) {
    return this.check(_url(ZodURL, params2));
  },
  jwt(params2) {
    return this.check(_jwt(ZodJWT, params2));
  },
  emoji(params2) {
    return this.check(_emoji2(ZodEmoji, params2));
  },
  guid(params2) {
    return this.check(_guid(ZodGUID, params2));
  },
  uuid(params2) {
    return this.check(_uuid(ZodUUID, params2));
  },
  uuidv4(params2) {
    return this.check(_uuidv4(ZodUUID, params2));
  },
  uuidv6(params2) {
    return this.check(_uuidv6(ZodUUID, params2));
  },
  uuidv7(params2) {
    return this.check(_uuidv7(ZodUUID, params2));
  },
  nanoid(params2) {
    return this.check(_nanoid(ZodNanoID, params2));
  },
  cuid(params2) {
    return this.check(_cuid(ZodCUID, params2));
  },
  cuid2(params2) {
    return this.check(_cuid2(ZodCUID2, params2));
  },
  ulid(params2) {
    return this.check(_ulid(ZodULID, params2));
  },
  base64(params2) {
    return this.check(_base64(ZodBase64, params2));
  },
  base64url(params2) {
    return this.check(_base64url(ZodBase64URL, params2));
  },
  xid(params2) {
    return this.check(_xid(ZodXID, params2));
  },
  ksuid(params2) {
    return this.check(_ksuid(ZodKSUID, params2));
  },
  ipv4(params2) {
    return this.check(_ipv4(ZodIPv4, params2));
  },
  ipv6(params2) {
    return this.check(_ipv6(ZodIPv6, params2));
  },
  cidrv4(params2) {
    return this.check(_cidrv4(ZodCIDRv4, params2));
  },
  cidrv6(params2) {
    return this.check(_cidrv6(ZodCIDRv6, params2));
  },
  e164(params2) {
    return this.check(_e164(ZodE164, params2));
  },
  datetime(params2) {
    return this.check(_isoDateTime(ZodISODateTime, params2));
  },
  date(params2) {
    return this.check(_isoDate(ZodISODate, params2));
  },
  time(params2) {
    return this.check(_isoTime(ZodISOTime, params2));
  },
  duration(params2) {
    return this.check(_isoDuration(ZodISODuration, params2));
  }
});
function string2(params2) {
  return _string(ZodString, params2);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function email2(params2) {
  return _email(ZodEmail, params2);
}
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params2) => numberProcessor(inst, ctx, json, params2);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params2) {
      return this.check(_gt(value, params2));
    },
    gte(value, params2) {
      return this.check(_gte(value, params2));
    },
    min(value, params2) {
      return this.check(_gte(value, params2));
    },
    lt(value, params2) {
      return this.check(_lt(value, params2));
    },
    lte(value, params2) {
      return this.check(_lte(value, params2));
    },
    max(value, params2) {
      return this.check(_lte(value, params2));
    },
    int(params2) {
      return this.check(int(params2));
    },
    safe(params2) {
      return this.check(int(params2));
    },
    positive(params2) {
      return this.check(_gt(0, params2));
    },
    nonnegative(params2) {
      return this.check(_gte(0, params2));
    },
    negative(params2) {
      return this.check(_lt(0, params2));
    },
    nonpositive(params2) {
      return this.check(_lte(0, params2));
    },
    multipleOf(value, params2) {
      return this.check(_multipleOf(value, params2));
    },
    step(value, params2) {
      return this.check(_multipleOf(value, params2));
    },
    finite() {
      return this;
    }
  })
);
function number2(params2) {
  return _number(ZodNumber, params2);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int(params2) {
  return _int(ZodNumberFormat, params2);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => booleanProcessor(inst, ctx, json, params2);
});
function boolean2(params2) {
  return _boolean(ZodBoolean, params2);
}
var ZodUndefined = /* @__PURE__ */ $constructor("ZodUndefined", (inst, def) => {
  $ZodUndefined.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => undefinedProcessor(inst, ctx, json, params2);
});
function _undefined3(params2) {
  return _undefined2(ZodUndefined, params2);
}
var ZodNull = /* @__PURE__ */ $constructor("ZodNull", (inst, def) => {
  $ZodNull.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => nullProcessor(inst, ctx, json, params2);
});
function _null3(params2) {
  return _null2(ZodNull, params2);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => unknownProcessor(inst, ctx, json, params2);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => neverProcessor(inst, ctx, json, params2);
});
function never(params2) {
  return _never(ZodNever, params2);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => arrayProcessor(inst, ctx, json, params2);
  inst.element = def.element;
}, {
  min(n, params2) {
    return this.check(_minLength(n, params2));
  },
  nonempty(params2) {
    return this.check(_minLength(1, params2));
  },
  max(n, params2) {
    return this.check(_maxLength(n, params2));
  },
  length(n, params2) {
    return this.check(_length(n, params2));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params2) {
  return _array(ZodArray, element, params2);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => objectProcessor(inst, ctx, json, params2);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function object(shape, params2) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params2)
  };
  return new ZodObject(def);
}
function strictObject(shape, params2) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params2)
  });
}
function looseObject(shape, params2) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: unknown(),
    ...util_exports.normalizeParams(params2)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => unionProcessor(inst, ctx, json, params2);
  inst.options = def.options;
});
function union(options, params2) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params2)
  });
}
var ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodDiscriminatedUnion", (inst, def) => {
  ZodUnion.init(inst, def);
  $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params2) {
  return new ZodDiscriminatedUnion({
    type: "union",
    options,
    discriminator,
    ...util_exports.normalizeParams(params2)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => intersectionProcessor(inst, ctx, json, params2);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => recordProcessor(inst, ctx, json, params2);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
});
function record(keyType, valueType, params2) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params2)
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => enumProcessor(inst, ctx, json, params2);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params2) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params2),
      entries: newEntries
    });
  };
  inst.exclude = (values, params2) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params2),
      entries: newEntries
    });
  };
});
function _enum(values, params2) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params2)
  });
}
var ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => literalProcessor(inst, ctx, json, params2);
  inst.values = new Set(def.values);
  Object.defineProperty(inst, "value", {
    get() {
      if (def.values.length > 1) {
        throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
      }
      return def.values[0];
    }
  });
});
function literal(value, params2) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params2)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => transformProcessor(inst, ctx, json, params2);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => optionalProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => optionalProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => nullableProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => defaultProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => prefaultProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => nonoptionalProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params2) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params2)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => catchProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => pipeProcessor(inst, ctx, json, params2);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => readonlyProcessor(inst, ctx, json, params2);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params2) => customProcessor(inst, ctx, json, params2);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params2) {
  return _superRefine(fn, params2);
}

// src/core/l10n.ts
var english = {
  t: (message, ...args) => message.replace(/\{(\d+)\}/g, (m, i) => Number(i) < args.length ? String(args[Number(i)]) : m)
};
function msg(message) {
  return message;
}

// src/core/models/common.ts
var decimalString = string2().regex(/^-?\d+(\.\d+)?$/, msg('expected a decimal number in a string, like "5.0"'));
var decimalLike = union([decimalString, number2()]);
var ddmmyyyy = string2().regex(/^\d{2}\/\d{2}\/\d{4}$/, msg("expected a date as dd/mm/yyyy"));
var isoDate = string2().regex(/^\d{4}-\d{2}-\d{2}$/, msg("expected a date as yyyy-mm-dd"));
var isoDateTime = string2().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, msg("expected an ISO 8601 date-time"));
var isoDuration = string2().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/, msg("expected an ISO 8601 duration like P1D, P1M or P1Y"));
var DURATION_PARTS = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
var DURATION_UNIT_SECONDS = [365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1];
function durationSeconds(value) {
  const m = DURATION_PARTS.exec(value);
  if (!m || value === "P" || value.endsWith("T")) return void 0;
  return DURATION_UNIT_SECONDS.reduce((sum, unit, i) => sum + Number(m[i + 1] ?? 0) * unit, 0);
}
function boundedDuration(bounds) {
  return isoDuration.refine((v) => {
    const s = durationSeconds(v);
    return s !== void 0 && s >= (bounds.minSeconds ?? 0) && s <= (bounds.maxSeconds ?? Number.POSITIVE_INFINITY);
  }, bounds.message);
}
var intLike = union([number2().int(), string2().regex(/^\d+$/, msg("expected a whole number"))]);
var booleanLike = union([boolean2(), _enum(["true", "false"])]);
var fileInput = union([string2(), object({ name: string2(), content: string2() })]);
function looseObject2(shape) {
  return looseObject(shape);
}
function deprecated(schema, replacement) {
  return schema.describe(`deprecated: use ${replacement}`);
}

// src/core/models/documents/shared.ts
var RESERVED_TAGS = /* @__PURE__ */ new Set(["NULL", "UNDEFINED", "NAN"]);
function tagKey(tag) {
  return tag.replace(/\s+/g, "").toUpperCase();
}
var documentTags = array(
  string2().refine((t2) => tagKey(t2) !== "", msg("a tag must not be blank")).refine((t2) => !RESERVED_TAGS.has(tagKey(t2)), msg('tags "null", "undefined" and "nan" are reserved'))
).max(5, msg("at most 5 tags")).refine((tags) => new Set(tags.map(tagKey)).size === tags.length, msg("tags must be unique (case and whitespace are ignored)"));
var noSpaceName = string2().min(1, msg("the name must not be empty")).regex(/^\S+$/, msg("the name must not contain spaces"));
var fieldValue = strictObject({ name: string2().min(1), value: string2() });
var fillMode = _enum(["default", "raw"]);
var formField = looseObject2({ key: string2(), type: string2() });
var pageEnvelope = { totalResults: intLike, currentPage: number2().int().min(0) };
var createdId = looseObject2({ id: string2() });
var documentLink = looseObject2({ name: string2(), url: string2() });
var msisdnInput = strictObject({
  phone_number: intLike.optional(),
  country_code: string2().regex(/^\+?\d{1,4}$/, msg('expected a country calling code like "34"')).optional()
});
var identityDocumentInput = strictObject({
  document_number: string2().min(1),
  document_type: string2().min(1).describe("e.g. NIF, NIE, PASSPORT, IDENTITY_CARD"),
  country: string2().regex(/^[A-Z]{2}$/, msg('expected an ISO 3166-1 alpha-2 country code like "ES"')).optional()
});
var personShape = {
  name: string2().optional(),
  last_name: string2().optional(),
  identity_document: identityDocumentInput.optional(),
  email: email2().optional(),
  msisdn: msisdnInput.optional(),
  language: string2().optional()
};
var twoFactorType = _enum(["DOCUMENT_NUMBER", "EMAIL"]);
var notificationChannel = _enum(["SMS", "EMAIL", "WHATSAPP"]);
var cancelReasonBody = strictObject({ reason: string2().min(1).describe("why the process is cancelled") });
var MINUTE = 60;
var DAY = 86400;
var signProcessExpiry = boundedDuration({ minSeconds: 15 * MINUTE, maxSeconds: 30 * DAY, message: msg("expected a duration between 15 minutes and 30 days (e.g. P7D)") });
var shortExpiry = boundedDuration({ minSeconds: MINUTE, maxSeconds: 30 * DAY, message: msg("expected a duration between 1 minute and 30 days (e.g. PT15M, P7D)") });
var monthExpiry = boundedDuration({ maxSeconds: 30 * DAY, message: msg("expected a duration of at most 30 days (e.g. P7D)") });
var timestamps = {
  creation_date: isoDateTime,
  modification_date: isoDateTime
};

// src/core/models/documents/identifications.ts
var identificationStates = ["CREATED", "VALIDATED", "EXPIRED", "CANCELLED", "SUCCEEDED", "FAILED"];
var identificationState = _enum(identificationStates);
var actorInput = strictObject(personShape);
var actorSummary = looseObject2({
  name: string2().optional(),
  last_name: string2().optional(),
  language: string2().optional(),
  document_type: string2().optional()
});
var createAgentIdentificationBody = strictObject({
  actor: strictObject({ ...personShape, identity_document: identityDocumentInput }).describe("The identity document is mandatory for agent identifications."),
  expires_in: shortExpiry.describe("Validity from now (ISO 8601), 1 minute to 30 days.")
});
var validateAgentIdentificationBody = strictObject({
  agent: string2().min(1).describe("The shop agent validating this identification."),
  evidence: string2().optional().describe("Image of a personal document (PNG), base64."),
  evidence_metadata: string2().refine((text) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  }, msg("evidence_metadata must be JSON text")).optional().describe("OCR metadata of the evidence, as JSON text.")
});
var agentIdentification = looseObject2({
  actor: actorSummary,
  agent_id: string2().optional(),
  creation_date: isoDateTime,
  modification_date: isoDateTime.optional(),
  expiration_date: isoDateTime,
  state: identificationState
});
var otpChannel = strictObject({
  type: notificationChannel,
  /** Whether the caller sends the code itself ("true" in one example, false in another). */
  external: booleanLike.optional()
});
var createOtpIdentificationBody = strictObject({
  actor: actorInput,
  expires_in: monthExpiry.describe("Validity from now (ISO 8601), at most and by default P30D."),
  two_factor_type: twoFactorType.optional().describe("DOCUMENT_NUMBER: the actor proves their document number; EMAIL: their email."),
  channel: otpChannel
});
var otpIdentification = looseObject2({
  actor: actorSummary,
  ...timestamps,
  expiration_date: isoDateTime,
  remaining_challenges: number2().int().min(0),
  /** Null while no challenge code was requested. */
  remaining_validation_attempts: number2().int().min(0).nullable(),
  /** Null when no challenge is left. */
  next_challenge_retry: isoDateTime.nullable().optional(),
  two_factor_type: string2().optional(),
  state: identificationState
});
var validateOtpBody = strictObject({
  code: string2().min(1).describe("The challenge code the actor received."),
  two_factor: string2().optional().describe("National id, passport number or email, per two_factor_type.")
});
var otpChallengeBody = strictObject({
  two_factor: string2().optional().describe("DOCUMENT_NUMBER: the actor's id or passport number; EMAIL: their email address.")
});
var otpChallenge = looseObject2({ two_factor_value: string2() });
var createIdentityDocumentIdentificationBody = strictObject({
  actor: actorInput.optional(),
  name: string2().optional(),
  last_name: string2().optional(),
  identity_document: identityDocumentInput.optional(),
  configuration_name: _enum(["LOW", "MEDIUM", "HIGH"]).optional(),
  expires_in: monthExpiry.optional().describe("Validity from now (ISO 8601), at most and by default P30D."),
  scoring: strictObject({ provider: string2().min(1).describe("e.g. INTERNAL") }).optional()
});
var identityDocumentIdentificationCreated = looseObject2({ id: string2(), scoring_id: string2() });
var identityDocumentIdentification = looseObject2({
  actor: looseObject2({
    name: string2().optional(),
    last_name: string2().optional(),
    identity_document: looseObject2({ document_number: string2(), document_type: string2(), country: string2().optional() }).optional()
  }),
  state: identificationState,
  remaining_validation_attempts: number2().int().min(0),
  ...timestamps,
  expiration_date: isoDateTime,
  scoring_id: string2().optional()
});
var chainStep = discriminatedUnion("identification_type", [
  strictObject({
    identification_type: literal("OTP"),
    otp_step: strictObject({ two_factor_type: twoFactorType.optional(), channel: otpChannel.optional() }).optional()
  }),
  strictObject({ identification_type: literal("AGENT") }),
  strictObject({
    identification_type: literal("IDENTITY_DOCUMENT"),
    identity_document_step: strictObject({ provider_type: _enum(["INTERNAL", "EXTERNAL"]).optional() }).optional()
  })
]);
var createChainIdentificationBody = strictObject({
  actor: actorInput,
  expires_in: isoDuration.describe("Validity from now (ISO 8601)."),
  sequence: array(chainStep).min(1).max(10).refine((steps) => new Set(steps.map((s) => s.identification_type)).size === steps.length, msg("each identification step may appear once")).describe("The identification steps, in order, each at most once.")
});
var chainStatuses = ["CREATED", "VALIDATED", "SUCCEEDED", "FAILED", "EXPIRED", "CANCELLED"];
var chainIdentification = looseObject2({
  status: _enum(chainStatuses).optional(),
  step_details: array(looseObject2({ type: string2(), id: string2(), status: string2(), modification_date: isoDateTime.optional() })),
  ...timestamps,
  expiry_from_creation: isoDuration,
  /** Only when FAILED or EXPIRED. */
  failure_reason: string2().nullable().optional()
});
var cancelChainBody = strictObject({ reason: string2().optional().describe("Why the process is cancelled (optional).") });

// src/core/catalogue/documents/shared.ts
var ORG = "/v1/orgs/{org}";
function documentsEndpoint(def) {
  return { ...def, api: "documents", auth: def.auth ?? "documents" };
}
var noBody = union([_undefined3(), _null3()]);
var binaryFile = unknown().describe("the file (PDF or image) as sent, not JSON");
var idSegment = string2().min(1);
var versionNumber = union([number2().int().min(0), string2().regex(/^\d+$/, msg("expected a whole number"))]);
var pageNumber = union([number2().int().min(0), string2().regex(/^\d+$/, msg("expected a page number \u2265 0"))]);
var pageSize = union([number2().int().min(1), string2().regex(/^[1-9]\d*$/, msg("expected a page size \u2265 1"))]);
var pagedQuery = object({ page: pageNumber.optional(), pageSize: pageSize.optional() });
var snakePagedQuery = object({ page: pageNumber.optional(), page_size: pageSize.optional() });
var ownerHeader = string2().min(1);
var documentOwnerHeaders = object({
  "x-auth-owner": ownerHeader.optional().describe("Owner of the document; mandatory when the document is not public.")
});
var requiredOwnerHeaders = object({
  "x-auth-owner": ownerHeader.describe("Owner of the contract or document (mandatory).")
});
var userAgent = { "user-agent": string2().min(1).optional().describe("Application, operating system, vendor and/or version of the requester.") };
var device = {
  "x-installation_id": string2().min(1).optional().describe("Browser installation id (unique identifier)."),
  "x-fingerprint": string2().min(1).optional().describe("Device fingerprint."),
  "x-location": string2().regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, msg('expected "latitude,longitude" like "88.52,-123.1"')).optional().describe('Device location, "latitude,longitude".')
};
var forwardedFor = {
  "x-forwarded-for": string2().min(1).optional().describe("Device IP; collected by the API, any value sent is ignored.")
};
var deviceHeaders = object(device);
var deviceAgentHeaders = object({ ...device, ...userAgent });
var deviceAgentIpHeaders = object({ ...device, ...userAgent, ...forwardedFor });
var userAgentHeaders = object(userAgent);
var EXAMPLE_HEADERS = {
  device: {
    "x-installation_id": "625fc44b-5b1c-451e-bcc7-276c911f0af8",
    "x-fingerprint": "33dd65c7fefc7078776965ca85cee243",
    "x-location": "88.52,-123.1"
  },
  userAgent: { "user-agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X x.y; rv:42.0) Gecko/20100101 Firefox/42.0" },
  forwardedFor: { "x-forwarded-for": "88.88.88.88" }
};
var FILE_RESPONSE_HEADERS = {
  "content-type": "Media type of the file.",
  "content-disposition": "File name of the download."
};
var ACCESS_TOKEN_RESPONSE_HEADERS = { "x-access-token": "Securized authn web_component token." };
function filePart(name, description, contentTypes, options = {}) {
  return { name, description, contentTypes, required: options.required ?? true, multiple: options.multiple ?? false };
}
function contentUpload(fields, file) {
  return { fields: { encoding: "text", model: fields }, files: [filePart("content", file.description, file.contentTypes, { required: file.required ?? true })] };
}

// src/core/catalogue/documents/identificationSteps.ts
var identificationParams = object({ identification_id: idSegment.describe("uuid of the identification process") });
var forceDeleteQuery = object({ force: booleanLike.optional() });
var EXAMPLE_IDENTIFICATION = { identification_id: "0b9bbe95-f080-4317-b371-1f9ae0b9bf4f" };
var EXAMPLE_CANCEL_REASON = { reason: "The client does not want to continue with the identification process." };
function exampleActor(documentType) {
  return {
    name: "James",
    last_name: "Smith",
    identity_document: { document_number: "12345678A", document_type: documentType, country: "ES" },
    email: "example@email.com",
    msisdn: { phone_number: 6123456789, country_code: "34" },
    language: "ES"
  };
}
function cancelAndClose(kind, base, what) {
  return {
    cancel: documentsEndpoint({
      id: `identifications.${kind}.cancel`,
      method: "POST",
      path: `${base}/{identification_id}/cancel`,
      summary: `Cancel an ongoing ${what} (a reason is required)`,
      params: identificationParams,
      body: cancelReasonBody,
      response: noBody,
      status: 204,
      example: { params: EXAMPLE_IDENTIFICATION, body: EXAMPLE_CANCEL_REASON }
    }),
    close: documentsEndpoint({
      id: `identifications.${kind}.close`,
      method: "POST",
      path: `${base}/{identification_id}/close`,
      summary: `Close an ${what} that is not finished`,
      params: identificationParams,
      response: noBody,
      status: 204,
      example: { params: EXAMPLE_IDENTIFICATION }
    })
  };
}
function forceDelete(kind, base, what) {
  return documentsEndpoint({
    id: `identifications.${kind}.delete`,
    method: "DELETE",
    path: `${base}/{identification_id}`,
    summary: `Delete an incomplete ${what} (force=true: in any state, with permission)`,
    params: identificationParams,
    query: forceDeleteQuery,
    response: noBody,
    status: 204,
    example: { params: EXAMPLE_IDENTIFICATION, query: { force: "true" } }
  });
}

// src/core/catalogue/documents/agentIdentifications.ts
var AGENT = `${ORG}/identifications/agent`;
var { cancel, close } = cancelAndClose("agent", AGENT, "agent identification");
var agentIdentificationsEndpoints = {
  "identifications.agent.create": documentsEndpoint({
    id: "identifications.agent.create",
    method: "POST",
    path: AGENT,
    summary: "Start an agent identification of an actor (identity document required)",
    body: createAgentIdentificationBody,
    response: createdId,
    status: 201,
    example: { body: { actor: exampleActor("NIF"), expires_in: "P7D" }, response: { id: "7902cd2d-80f4-4766-a3e9-a1760e0df9bd" } }
  }),
  "identifications.agent.get": documentsEndpoint({
    id: "identifications.agent.get",
    method: "GET",
    path: `${AGENT}/{identification_id}`,
    summary: "An agent identification: actor, agent, state, dates",
    params: identificationParams,
    response: agentIdentification,
    status: 200,
    example: {
      params: EXAMPLE_IDENTIFICATION,
      response: {
        actor: { name: "James", last_name: "Williams Smith", language: "ES", document_type: "NIF" },
        agent_id: "shop.agente.name@masmovil.com",
        creation_date: "2023-04-20T11:43:13Z",
        modification_date: "2023-04-20T11:43:13Z",
        expiration_date: "2023-04-20T11:43:13Z",
        state: "CREATED"
      }
    }
  }),
  "identifications.agent.validate": documentsEndpoint({
    id: "identifications.agent.validate",
    method: "POST",
    path: `${AGENT}/{identification_id}/validate`,
    summary: "The agent validates the actor's identification (with optional document evidence)",
    params: identificationParams,
    headers: deviceAgentHeaders,
    body: validateAgentIdentificationBody,
    response: noBody,
    status: 204,
    example: {
      params: EXAMPLE_IDENTIFICATION,
      headers: { ...EXAMPLE_HEADERS.device, ...EXAMPLE_HEADERS.userAgent },
      body: {
        agent: "Jose Luis Garcia",
        evidence: "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAABbklEQVR42mNkAAYYgZ",
        evidence_metadata: '{ "document_number": "12345678A",\n "document_type": "NIF" }'
      }
    }
  }),
  "identifications.agent.cancel": cancel,
  "identifications.agent.close": close,
  "identifications.agent.delete": forceDelete("agent", AGENT, "agent identification")
};

// src/core/catalogue/documents/chainIdentifications.ts
var CHAIN = `${ORG}/identifications/chain`;
var example = { params: { identification_id: "a1b2c3d4-e5f6-7890-1234-567890abcdef" }, headers: EXAMPLE_HEADERS.userAgent };
var chainIdentificationsEndpoints = {
  "identifications.chain.create": documentsEndpoint({
    id: "identifications.chain.create",
    method: "POST",
    path: CHAIN,
    summary: "Start a chained identification: an ordered sequence of identification steps",
    headers: userAgentHeaders,
    body: createChainIdentificationBody,
    response: createdId,
    status: 201,
    example: {
      headers: EXAMPLE_HEADERS.userAgent,
      body: {
        actor: exampleActor("IDENTITY_CARD"),
        expires_in: "PT15M",
        sequence: [
          { identification_type: "OTP", otp_step: { two_factor_type: "DOCUMENT_NUMBER", channel: { type: "SMS", external: false } } },
          { identification_type: "AGENT" },
          { identification_type: "IDENTITY_DOCUMENT", identity_document_step: { provider_type: "INTERNAL" } }
        ]
      },
      response: { id: "cadd9e8e-7bb5-4f73-9a1a-124f8a8b0c1d" }
    }
  }),
  "identifications.chain.get": documentsEndpoint({
    id: "identifications.chain.get",
    method: "GET",
    path: `${CHAIN}/{identification_id}`,
    summary: "A chained identification: global status and each step",
    params: identificationParams,
    headers: userAgentHeaders,
    response: chainIdentification,
    status: 200,
    example: {
      ...example,
      response: {
        status: "CREATED",
        step_details: [{ type: "OTP", id: "a1b2c3d4-e5f6-7890-1234-567890abcdef", status: "VALIDATED", modification_date: "2025-06-03T10:35:00Z" }],
        creation_date: "2025-06-03T10:30:00Z",
        modification_date: "2025-06-03T10:40:15Z",
        expiry_from_creation: "PT15M",
        failure_reason: null
      }
    }
  }),
  "identifications.chain.validate": documentsEndpoint({
    id: "identifications.chain.validate",
    method: "POST",
    path: `${CHAIN}/{identification_id}/validate`,
    summary: "Validate a chain whose steps are all VALIDATED (answers a short-lived x-access-token)",
    params: identificationParams,
    headers: deviceAgentIpHeaders,
    response: noBody,
    responseHeaders: ACCESS_TOKEN_RESPONSE_HEADERS,
    status: 204,
    example: { params: example.params, headers: { ...EXAMPLE_HEADERS.device, ...EXAMPLE_HEADERS.forwardedFor, ...EXAMPLE_HEADERS.userAgent } }
  }),
  "identifications.chain.restart": documentsEndpoint({
    id: "identifications.chain.restart",
    method: "POST",
    path: `${CHAIN}/{identification_id}/restart`,
    summary: "Back to CREATED: every VALIDATED step must be done again",
    params: identificationParams,
    headers: userAgentHeaders,
    response: noBody,
    status: 204,
    example
  }),
  "identifications.chain.cancel": documentsEndpoint({
    id: "identifications.chain.cancel",
    method: "POST",
    path: `${CHAIN}/{identification_id}/cancel`,
    summary: "Cancel a CREATED chain and its active steps (reason optional)",
    params: identificationParams,
    headers: userAgentHeaders,
    body: cancelChainBody,
    response: noBody,
    status: 204,
    example: { ...example, body: EXAMPLE_CANCEL_REASON }
  }),
  "identifications.chain.close": documentsEndpoint({
    id: "identifications.chain.close",
    method: "POST",
    path: `${CHAIN}/{identification_id}/close`,
    summary: "Close a VALIDATED chain (SUCCEEDED); ignored when already SUCCEEDED",
    params: identificationParams,
    headers: userAgentHeaders,
    response: noBody,
    status: 204,
    example
  })
};

// src/core/models/documents.ts
var templateLanguages = ["ES", "EN", "EU", "GL", "CA", "DE", "UNDEFINED"];
var templateLanguage = _enum(templateLanguages);
var EXTERNAL_ID_PATTERN = /^[a-z0-9_]+$/;
var externalId = string2().min(1, "external_id must not be empty").regex(EXTERNAL_ID_PATTERN, "external_id may only contain lowercase letters, digits and underscores");
var MAX_TEMPLATE_TAGS = 5;
var templateTags = array(string2()).max(MAX_TEMPLATE_TAGS, `a template may have at most ${MAX_TEMPLATE_TAGS} tags`).refine((tags) => new Set(tags).size === tags.length, "tags must be unique");
var templateVersion = string2().regex(/^\d+\.\d+$/, 'expected a version like "1.0"');
var templateStructure = record(string2(), unknown());
var templateSummary = looseObject2({
  external_id: string2(),
  description: string2(),
  version: templateVersion,
  default_language: string2(),
  languages: array(string2()),
  // The list example omits tags; the detail examples include them.
  tags: array(string2()).optional(),
  creation_date: isoDateTime
});
var templateListPage = looseObject2({
  page: number2().int().min(0),
  page_size: number2().int().min(1),
  templates: array(templateSummary)
});
var templateSourceLocation = looseObject2({
  language: string2(),
  template_url: string2(),
  editor_config_url: string2(),
  engine_version: string2()
});
var templateVersionDetail = looseObject2({
  ...templateSummary.shape,
  structure: templateStructure,
  sources: array(templateSourceLocation)
});
var templateVersionList = looseObject2({
  templates: array(templateVersionDetail).min(1)
});
var changelogEntry = looseObject2({
  // The first version of a template has no predecessor (the sandbox sends null there).
  from_version: string2().nullable().optional(),
  to_version: string2(),
  on_date: isoDateTime,
  changelog: string2(),
  subject: string2().optional()
});
var templateChangelog = looseObject2({
  changelog_history: array(changelogEntry)
});
var fillAccepted = looseObject2({
  fill_process_id: string2()
});
var fillStatuses = ["CREATED", "PROCESSING", "COMPLETED", "FAILED"];
var fillStatus = _enum(fillStatuses);
var fillProcess = looseObject2({
  fill_process_id: string2(),
  status: fillStatus,
  filled_document_id: string2().optional(),
  creation_date: isoDateTime,
  finish_date: isoDateTime.optional(),
  template: looseObject2({
    external_id: string2(),
    major_version: number2().int(),
    minor_version: number2().int()
  }),
  error: looseObject2({ message: string2() }).optional()
});
var mdocErrorItem = looseObject2({
  code: string2(),
  title: string2().optional(),
  ref: string2().optional(),
  details: string2().optional()
});
var mdocErrorBody = looseObject2({
  errors: array(mdocErrorItem)
});
var templateSourceInput = object({
  language: templateLanguage,
  /** Name of the multipart part holding the HBS file. */
  template_part_name: string2(),
  /** Name of the multipart part holding the editor config JSON. */
  editor_config_part_name: string2(),
  structure: templateStructure,
  engine_version: string2()
});
var createTemplateMetadata = object({
  external_id: externalId,
  description: string2(),
  default_language: templateLanguage,
  tags: templateTags.optional(),
  sources: array(templateSourceInput).min(1, "at least one source is required")
});
var templateFileInput = fileInput;
var createTemplateBody = object({
  metadata: createTemplateMetadata,
  files: array(templateFileInput).optional()
});
var newMinorMetadata = object({
  description: string2().optional(),
  /** Changing it is a breaking change: the API answers 409. */
  default_language: templateLanguage.optional(),
  tags: templateTags.optional(),
  sources: array(templateSourceInput).min(1, "at least one source is required"),
  changelog: string2()
});
var newMinorBody = object({
  metadata: newMinorMetadata,
  files: array(templateFileInput).optional()
});
var newMajorMetadata = object({
  description: string2(),
  default_language: templateLanguage,
  tags: templateTags.optional(),
  sources: array(templateSourceInput).min(1, "at least one source is required"),
  changelog: string2()
});
var newMajorBody = object({
  metadata: newMajorMetadata,
  files: array(templateFileInput).optional()
});
var fillPriorities = ["low", "high"];
var fillPriority = _enum(fillPriorities);
var fillRequest = object({
  language: templateLanguage,
  document: object({
    name: string2().min(1, "document.name must not be empty"),
    tags: array(string2()).optional()
  }),
  /** Checked against the template version's `structure` (src/core/validation), not here. */
  fields_values: record(string2(), unknown()),
  fill_priority: fillPriority.optional()
});

// src/core/models/documents/pdfTemplates.ts
var flagCondition = string2().regex(/^[^:\s]+:[^:\s]+$/, msg('expected a condition like "GDPR:YES"'));
var pdfTemplateRuleInput = union([
  strictObject({ sectionExternalId: string2().min(1), condition: flagCondition }),
  strictObject({ sectionId: string2().min(1), condition: flagCondition })
]);
var orderedSectionNames = array(string2().min(1)).min(1).describe("Section external ids, in the order they are concatenated when filled.");
var createPdfTemplateBody = strictObject({
  templateName: string2().min(1).describe("Name of the template (normalised into its external id)."),
  defaultLanguage: templateLanguage,
  orderedSectionNames,
  rules: array(pdfTemplateRuleInput).optional().describe("Conditions the fill flags must match for a section to be filled.")
});
var newPdfTemplateVersionBody = strictObject({
  defaultLanguage: templateLanguage,
  orderedSectionNames,
  rules: array(pdfTemplateRuleInput).optional(),
  changelog: string2().optional()
});
var updatePdfTemplateVersionBody = newPdfTemplateVersionBody.partial();
var pdfTemplate = looseObject2({
  externalId: string2(),
  /** The higher version of the template, "1.0". */
  version: string2(),
  defaultLanguage: string2(),
  languages: array(string2()).min(1),
  orderedSectionNames: array(string2()),
  fields: array(formField),
  rules: array(looseObject2({ sectionExternalId: string2().optional(), sectionId: string2().optional(), condition: string2() })).optional(),
  creationDate: isoDateTime
});
var pdfTemplateList = looseObject2({ ...pageEnvelope, templates: array(pdfTemplate) });
var pdfTemplateVersions = looseObject2({ templates: array(pdfTemplate).optional() });
var pdfTemplateChangelog = looseObject2({
  changelogHistory: array(
    looseObject2({
      fromVersion: string2().optional(),
      toVersion: string2(),
      onDate: isoDateTime,
      changelog: string2()
    })
  )
});
var fillShape = {
  language: templateLanguage,
  flagsConditions: array(flagCondition).optional().describe("Conditions that switch sections of the template on."),
  fieldsValues: array(fieldValue).describe("Values printed into the template fields."),
  fillMode: fillMode.optional()
};
var fillPdfTemplateBody = strictObject(fillShape);
var fillPdfTemplateDocumentBody = strictObject({
  ...fillShape,
  name: noSpaceName.optional().describe("Name of the stored document (without spaces)."),
  tags: documentTags.optional(),
  flatten: boolean2().optional().describe("Flatten the filled PDF (default true).")
});
var filledPdfDocument = looseObject2({
  documentId: string2(),
  /** Template keys whose name changed from the original template. */
  renamedKeys: array(looseObject2({ currentName: string2(), originalName: string2() }))
});

// src/core/models/documents/contracts.ts
var documentContract = looseObject2({
  signed_document_id: string2().optional(),
  filled_document_id: string2().optional(),
  /** The sign process in which the contract was signed. */
  sign_process_id: string2().optional()
});
var templateVersionNumber = union([
  number2().int().min(1).max(32767),
  string2().regex(/^[1-9]\d{0,4}$/, msg("expected a template version number")).refine((v) => Number(v) <= 32767, msg("template versions go up to 32767"))
]);
var fillContractBody = strictObject({
  template_external_id: string2().min(1).describe("External id of the PDF template."),
  template_version: templateVersionNumber.describe("Major version of the template."),
  language: templateLanguage,
  flags_conditions: array(flagCondition).optional().describe("Conditions that switch sections of the template on."),
  fields_values: array(fieldValue).describe("Values printed into the template fields."),
  name: noSpaceName.optional().describe("Name of the filled document (without spaces)."),
  tags: documentTags.optional().describe("Up to 5 free tags (lower-cased, whitespace removed).")
});
var contractFilled = looseObject2({ contract_id: string2(), document_id: string2() });
var changeContractOwnerBody = strictObject({ new_owner: string2().min(1).describe("The new owner (the API normalises it to lower case).") });
var contractOwnerChanged = looseObject2({ owner: string2() });
var signContractsBody = strictObject({
  sign_type: _enum(["ONSITE", "ONLINE"]).describe("Whether the contracts are signed on site or online."),
  signers: array(
    strictObject({
      alias: string2().min(1),
      ...personShape,
      identification_options: strictObject({ personal_document_evidence: boolean2().optional() }).optional()
    })
  ).min(1),
  contracts: array(strictObject({ contract_id: string2().min(1) })).min(1).describe("The contracts to sign."),
  additional_options: strictObject({ preview_documents: array(string2()).optional() }).optional()
});
var contractsSignProcessCreated = looseObject2({ sign_process_id: string2() });

// src/core/catalogue/documents/contracts.ts
var CONTRACTS = `${ORG}/contracts`;
var contractParams = object({ contract_id: idSegment.describe("Contract identifier") });
var EXAMPLE_CONTRACT_ID = "00c6a5a6-2d8a-4857-9b32-a4abbdbd0c2c";
var documentContractsEndpoints = {
  "documentContracts.get": documentsEndpoint({
    id: "documentContracts.get",
    method: "GET",
    path: `${CONTRACTS}/{contract_id}`,
    summary: "A contract: its filled and signed documents and its sign process",
    params: contractParams,
    response: documentContract,
    status: 200,
    example: {
      params: { contract_id: EXAMPLE_CONTRACT_ID },
      response: {
        signed_document_id: "d290f1ee-6c54-4b01-90e6-d701748f0851",
        filled_document_id: "8d104722-610b-4d7c-ba89-0dd825442d88",
        sign_process_id: "d2d3b2d0-cc4e-4280-b967-90edee0aB3d2"
      }
    }
  }),
  "documentContracts.fill": documentsEndpoint({
    id: "documentContracts.fill",
    method: "POST",
    path: `${CONTRACTS}/fill`,
    auth: "documentsOwner",
    summary: "Fill a PDF template into a contract owned by x-auth-owner",
    headers: requiredOwnerHeaders,
    body: fillContractBody,
    response: contractFilled,
    status: 200,
    example: {
      headers: { "x-auth-owner": "string" },
      // The document's example says `"language": "string"`; ES is one of the documented values.
      body: {
        template_external_id: "telco_services",
        template_version: "1",
        language: "ES",
        flags_conditions: ["GDPR:YES"],
        fields_values: [{ name: "string", value: "string" }],
        name: "personal_contract",
        tags: ["Draft", "CONTRACT", "v1.0"]
      },
      response: { contract_id: "d290f1ee-6c54-4b01-90e6-d701748f0851", document_id: "8d104722-610b-4d7c-ba89-0dd825442d88" }
    }
  }),
  "documentContracts.changeOwner": documentsEndpoint({
    id: "documentContracts.changeOwner",
    method: "PUT",
    path: `${CONTRACTS}/{contract_id}/owner`,
    auth: "documentsOwner",
    summary: "Transfer a contract to a new owner",
    params: contractParams,
    headers: requiredOwnerHeaders,
    body: changeContractOwnerBody,
    response: contractOwnerChanged,
    status: 200,
    example: {
      params: { contract_id: EXAMPLE_CONTRACT_ID },
      headers: { "x-auth-owner": "string" },
      body: { new_owner: "subsCrIptIon8172241" },
      response: { owner: "subscription8172241" }
    }
  }),
  "documentContracts.sign": documentsEndpoint({
    id: "documentContracts.sign",
    method: "POST",
    path: `${CONTRACTS}/sign`,
    summary: "Create a sign process for contracts (signers, contracts, preview documents)",
    body: signContractsBody,
    response: contractsSignProcessCreated,
    status: 201,
    example: {
      body: {
        sign_type: "ONLINE",
        signers: [
          {
            alias: "signer_1",
            name: "James",
            last_name: "Smith",
            identity_document: { document_number: "12345678A", document_type: "NIF" },
            email: "example@email.com",
            msisdn: { phone_number: 6123456789, country_code: "34" },
            language: "ES",
            identification_options: { personal_document_evidence: true }
          }
        ],
        contracts: [{ contract_id: "310484e7-40ec-4b4b-8731-3e7ed29f7ef5" }],
        additional_options: { preview_documents: ["d290f1ee-6c54-4b01-90e6-d701748f0851"] }
      },
      response: { sign_process_id: "d290f1ee-6c54-4b01-90e6-d701748f0851" }
    }
  })
};

// src/core/catalogue/documents/dynamicTemplates.ts
var DT = `${ORG}/dynamic_templates`;
var templateParams = object({ id: string2().min(1) });
var majorParams = object({ id: string2().min(1), major: versionNumber });
var minorParams = object({ id: string2().min(1), major: versionNumber, minor: versionNumber });
var templatesListQuery = object({
  external_id: string2().min(1).optional(),
  ...snakePagedQuery.shape
});
var fillHeaders = object({
  "fill-process-origin": string2().min(1).optional().describe("The calling system; defaults to the token's audience.")
});
var EXAMPLE_INVOICE_STRUCTURE = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  properties: {
    CUSTOMER: {
      type: "object",
      properties: {
        DNI: { type: "string" },
        NAME: { type: "string" },
        EMAIL: { type: "string", format: "email" },
        ADDRESS: {
          type: "object",
          properties: {
            CITY: { type: "string" },
            COORDINATES: { type: "object", properties: { LATITUDE: { type: "number" }, LONGITUDE: { type: "number" } } }
          }
        }
      },
      required: ["dni", "name"]
    },
    CONTRACT_DATE: { type: "string", format: "date-time" },
    TAGS: { type: "array", items: { type: "string" } },
    PRODUCTS: {
      type: "array",
      items: {
        type: "object",
        properties: { NAME: { type: "string" }, PRICE: { type: "number" }, QUANTITY: { type: "integer" } },
        required: ["NAME", "PRICE"]
      }
    },
    TOTAL_AMOUNT: { type: "number" },
    HAS_DISCOUNT: { type: "boolean" },
    DISCOUNT_AMOUNT: { type: "number" },
    PAYMENT_METHOD: { type: "string", enum: ["bank_transfer", "card", "mobile_payment"] },
    IBAN: { type: "string" },
    CARD_LAST_DIGITS: { type: "string" },
    MOBILE_PAYMENT_TYPE: { type: "string" },
    MOBILE_PHONE: { type: "string" },
    MOBILE_WALLET_ID: { type: "string" }
  },
  required: ["CUSTOMER", "PRODUCTS", "TOTAL_AMOUNT", "PAYMENT_METHOD"],
  additionalProperties: false,
  allOf: [
    { if: { properties: { HAS_DISCOUNT: { const: true } } }, then: { required: ["DISCOUNT_AMOUNT"] } },
    { if: { properties: { PAYMENT_METHOD: { const: "BANK_TRANSFER" } } }, then: { required: ["IBAN"] } },
    { if: { properties: { PAYMENT_METHOD: { const: "card" } } }, then: { required: ["CARD_LAST_DIGITS"] } },
    {
      if: { properties: { PAYMENT_METHOD: { const: "mobile_payment" } } },
      then: {
        required: ["MOBILE_PAYMENT_TYPE"],
        oneOf: [
          { properties: { MOBILE_PAYMENT_TYPE: { const: "bizum" } }, required: ["MOBILE_PHONE"] },
          { properties: { MOBILE_PAYMENT_TYPE: { const: "wallet" } }, required: ["MOBILE_WALLET_ID"] }
        ]
      }
    }
  ]
};
var seedSource = { language: "ES", template_part_name: "string", editor_config_part_name: "string", structure: EXAMPLE_INVOICE_STRUCTURE, engine_version: "3.12" };
var EXAMPLE_SUMMARY = {
  external_id: "factura_bilingue_premium",
  description: "Plantilla para facturas en Espa\xF1ol e Ingl\xE9s.",
  version: "1.0",
  default_language: "ES",
  languages: ["ES", "EN"],
  tags: ["factura", "multi-idioma"],
  creation_date: "2025-08-29T08:50:00Z"
};
var EXAMPLE_MINOR = {
  ...EXAMPLE_SUMMARY,
  version: "1.1",
  creation_date: "2025-09-22T10:00:00Z",
  structure: EXAMPLE_INVOICE_STRUCTURE,
  sources: [
    {
      language: "ES",
      template_url: "https://storage.googleapis.com/.../v1.1_es.html",
      editor_config_url: "https://storage.googleapis.com/.../v1.1_es.json",
      engine_version: "2.0"
    }
  ]
};
function sourcesUpload(metadata) {
  return {
    fields: { encoding: "json", part: "metadata", model: metadata },
    files: [
      {
        name: "files",
        multiple: true,
        required: false,
        contentTypes: ["text/x-handlebars-template", "application/json"],
        description: "The HBS template and the editor-config JSON of each language",
        partNameFrom: ["sources[].template_part_name", "sources[].editor_config_part_name"]
      }
    ]
  };
}
var dynamicTemplatesEndpoints = {
  "templates.list": documentsEndpoint({
    id: "templates.list",
    method: "GET",
    path: DT,
    summary: "List dynamic templates (latest minor of each major, newest first)",
    query: templatesListQuery,
    response: templateListPage,
    status: 200,
    example: {
      query: { external_id: "factura_mensual", page: 0, page_size: 20 },
      response: {
        page: 0,
        page_size: 20,
        templates: [
          {
            external_id: "factura_bilingue_premium",
            description: "Plantilla para facturas en Espa\xF1ol e Ingl\xE9s.",
            version: "2.7",
            default_language: "ES",
            languages: ["ES"],
            creation_date: "2025-09-22T10:00:00Z"
          }
        ]
      }
    }
  }),
  "templates.create": documentsEndpoint({
    id: "templates.create",
    method: "POST",
    path: DT,
    summary: "Create a dynamic template (version 1.0) from metadata and HBS/JSON sources",
    body: createTemplateBody,
    bodyKind: "multipart",
    multipart: sourcesUpload(createTemplateMetadata),
    response: templateSummary,
    status: 201,
    example: {
      body: {
        metadata: {
          external_id: "factura_bilingue_premium",
          description: "Plantilla para facturas en Espa\xF1ol e Ingl\xE9s.",
          default_language: "ES",
          tags: ["factura", "multi-idioma"],
          sources: [seedSource]
        },
        files: ["string"]
      },
      response: EXAMPLE_SUMMARY
    }
  }),
  "templates.versions": documentsEndpoint({
    id: "templates.versions",
    method: "GET",
    path: `${DT}/{id}/versions/{major}`,
    summary: "List the minor versions of a major version, newest first, with their structure",
    params: majorParams,
    response: templateVersionList,
    status: 200,
    example: { params: { id: "factura_mensual", major: 1 }, response: { templates: [EXAMPLE_MINOR] } }
  }),
  "templates.minor": documentsEndpoint({
    id: "templates.minor",
    method: "GET",
    path: `${DT}/{id}/versions/{major}/minors/{minor}`,
    summary: "Get one minor version: structure and source URLs",
    params: minorParams,
    response: templateVersionDetail,
    status: 200,
    example: { params: { id: "factura_mensual", major: 1, minor: 1 }, response: EXAMPLE_MINOR }
  }),
  "templates.newMinor": documentsEndpoint({
    id: "templates.newMinor",
    method: "PATCH",
    path: `${DT}/{id}/versions/{major}`,
    summary: "Create a new minor version (non-breaking: same structure, no removed languages)",
    params: majorParams,
    body: newMinorBody,
    bodyKind: "multipart",
    multipart: sourcesUpload(newMinorMetadata),
    response: templateSummary,
    status: 200,
    example: {
      params: { id: "factura_mensual", major: 1 },
      body: {
        metadata: { description: "Plantilla actualizada con soporte para Catal\xE1n.", sources: [seedSource], changelog: "Added Catalan language support" },
        files: ["string"]
      },
      response: EXAMPLE_SUMMARY
    }
  }),
  "templates.newMajor": documentsEndpoint({
    id: "templates.newMajor",
    method: "POST",
    path: `${DT}/{id}/versions`,
    summary: "Create a new major version (breaking changes; everything must be provided again)",
    params: templateParams,
    body: newMajorBody,
    bodyKind: "multipart",
    multipart: sourcesUpload(newMajorMetadata),
    response: templateSummary,
    status: 201,
    example: {
      params: { id: "factura_mensual" },
      body: {
        metadata: {
          description: "Plantilla para facturas en Espa\xF1ol e Ingl\xE9s.",
          default_language: "ES",
          tags: ["factura", "multi-idioma"],
          sources: [seedSource],
          changelog: "Added discount field and removed unused languages"
        },
        files: ["string"]
      },
      response: EXAMPLE_SUMMARY
    }
  }),
  "templates.deleteMajor": documentsEndpoint({
    id: "templates.deleteMajor",
    method: "DELETE",
    path: `${DT}/{id}/versions/{major}`,
    summary: "Delete a major version with all its minors (only the latest major)",
    params: majorParams,
    response: noBody,
    status: 204,
    // Deleting twice deletes two different majors: never retry blindly.
    idempotent: false,
    example: { params: { id: "factura_mensual", major: 1 } }
  }),
  "templates.deleteMinor": documentsEndpoint({
    id: "templates.deleteMinor",
    method: "DELETE",
    path: `${DT}/{id}/versions/{major}/minor`,
    summary: "Delete the latest minor version of a major (never X.0)",
    params: majorParams,
    response: noBody,
    status: 204,
    // "Delete the latest minor" repeated deletes the one before it.
    idempotent: false,
    example: { params: { id: "factura_mensual", major: 1 } }
  }),
  "templates.changelog": documentsEndpoint({
    id: "templates.changelog",
    method: "GET",
    path: `${DT}/{id}/changelog`,
    summary: "Changelog of a dynamic template, newest first",
    params: templateParams,
    response: templateChangelog,
    status: 200,
    example: {
      params: { id: "factura_mensual" },
      response: {
        changelog_history: [
          {
            from_version: "1.1",
            to_version: "2.0",
            on_date: "2025-10-01T15:00:00Z",
            changelog: "Versi\xF3n Mayor: A\xF1adido campo de descuento y se elimina el soporte para idiomas no usados.",
            subject: "myuser@example"
          }
        ]
      }
    }
  }),
  "templates.fill": documentsEndpoint({
    id: "templates.fill",
    method: "POST",
    path: `${DT}/{id}/versions/{major}/fill`,
    summary: "Fill a dynamic template asynchronously (202 with a fill_process_id)",
    params: majorParams,
    headers: fillHeaders,
    body: fillRequest,
    response: fillAccepted,
    responseHeaders: { "fill-process-origin": "The origin set for this fill process (sent or defaulted to the token audience)." },
    status: 202,
    example: {
      params: { id: "factura_mensual", major: 1 },
      headers: { "fill-process-origin": "sales-platform" },
      body: {
        language: "ES",
        document: { name: "personal_contract_2025_001", tags: ["DRAFT", "RETAIL"] },
        fields_values: {
          customer: { name: "Juan P\xE9rez", id: "12345678Z" },
          products: [
            { name: "Fibra 1Gb", price: 20 },
            { name: "M\xF3vil Ilimitado", price: 15 }
          ],
          total_amount: 35
        },
        fill_priority: "low"
      },
      response: { fill_process_id: "11223344-aabb-ccdd-eeff-009988776655" }
    }
  }),
  "fillProcess.get": documentsEndpoint({
    id: "fillProcess.get",
    method: "GET",
    path: `${ORG}/fill_process/{fill_process_id}`,
    summary: "Status of an asynchronous fill (CREATED, PROCESSING, COMPLETED, FAILED)",
    params: object({ fill_process_id: string2().min(1) }),
    response: fillProcess,
    status: 200,
    example: {
      params: { fill_process_id: "11223344-aabb-ccdd-eeff-009988776655" },
      response: {
        fill_process_id: "11223344-aabb-ccdd-eeff-009988776655",
        status: "COMPLETED",
        filled_document_id: "4833979c-e045-46a9-9b1e-412d19294237",
        creation_date: "2025-11-18T09:35:00Z",
        finish_date: "2025-11-18T09:35:15Z",
        template: { external_id: "telco_services", major_version: 1, minor_version: 2 },
        error: { message: "Template variable 'customerName' missing in payload." }
      }
    }
  })
};

// src/core/models/documents/forms.ts
var createFormFields = strictObject({
  name: noSpaceName.describe("Name of the form (without spaces); normalised into its external id."),
  extension: literal("pdf").describe("Forms are PDFs."),
  tags: documentTags.optional().describe("Up to 5 free tags (upper-cased, whitespace removed).")
});
var createFormBody = strictObject({
  ...createFormFields.shape,
  content: fileInput.optional().describe("The PDF form (a multipart file part on the wire).")
});
var form = looseObject2({
  id: string2(),
  externalId: string2(),
  fields: array(formField),
  tags: array(string2()).optional(),
  creationDate: isoDateTime
});
var formList = looseObject2({ ...pageEnvelope, forms: array(form) });
var fillFormBody = strictObject({
  fieldsValues: array(fieldValue).describe("Values printed into the form fields."),
  fillMode: fillMode.optional()
});
var sectionFormInput = strictObject({
  language: templateLanguage,
  formExternalId: string2().min(1)
});
var createSectionBody = strictObject({
  sectionName: string2().min(1).describe("Name of the section (normalised into its external id)."),
  forms: array(sectionFormInput).min(1, msg("a section needs at least one form")).describe("Which form serves each language.")
});
var section = looseObject2({
  externalId: string2(),
  forms: array(looseObject2({ language: string2(), formExternalId: string2() })),
  fields: array(formField),
  creationDate: isoDateTime
});
var sectionList = looseObject2({ ...pageEnvelope, sections: array(section) });

// src/core/catalogue/documents/forms.ts
var FORMS = `${ORG}/templates/forms`;
var formParams = object({ formId: idSegment.describe("Id or external id of the form") });
var EXAMPLE_FORM = {
  id: "d290f1ee-6c54-4b01-90e6-d701748f0851",
  externalId: "contract_gdpr_es",
  fields: [{ key: "NAME", type: "FILLABLE" }],
  tags: ["DRAFT"],
  creationDate: "2022-08-21T17:32:28Z"
};
var example2 = { params: { formId: "d290f1ee-6c54-4b01-90e6-d701748f0851,form_name" } };
var formsEndpoints = {
  "forms.list": documentsEndpoint({
    id: "forms.list",
    method: "GET",
    path: FORMS,
    summary: "List the forms of the organization (paged)",
    query: pagedQuery,
    response: formList,
    status: 200,
    example: { query: { page: "0", pageSize: "1" }, response: { totalResults: "100", currentPage: 0, forms: [EXAMPLE_FORM] } }
  }),
  "forms.create": documentsEndpoint({
    id: "forms.create",
    method: "POST",
    path: FORMS,
    summary: "Upload a PDF form; its fillable fields are extracted",
    body: createFormBody,
    bodyKind: "multipart",
    multipart: contentUpload(createFormFields, { description: "The PDF form", contentTypes: ["application/pdf", "application/octet-stream"] }),
    response: form,
    status: 201,
    example: { body: { name: "new_form", extension: "pdf" }, response: EXAMPLE_FORM }
  }),
  "forms.fill": documentsEndpoint({
    id: "forms.fill",
    method: "POST",
    path: `${FORMS}/{formId}/fill`,
    summary: "Fill a form and get the PDF",
    params: formParams,
    body: fillFormBody,
    response: binaryFile,
    responseKind: "binary",
    responseHeaders: FILE_RESPONSE_HEADERS,
    status: 200,
    // Filling stores nothing: the same request gives the same PDF.
    idempotent: true,
    example: { ...example2, body: { fieldsValues: [{ name: "string", value: "string" }], fillMode: "default" } }
  }),
  "forms.metadata": documentsEndpoint({
    id: "forms.metadata",
    method: "GET",
    path: `${FORMS}/{formId}/metadata`,
    summary: "Metadata of a form (fields, tags)",
    params: formParams,
    response: form,
    status: 200,
    example: { ...example2, response: EXAMPLE_FORM }
  }),
  "forms.download": documentsEndpoint({
    id: "forms.download",
    method: "GET",
    path: `${FORMS}/{formId}`,
    summary: "Download a form",
    params: formParams,
    response: binaryFile,
    responseKind: "binary",
    responseHeaders: FILE_RESPONSE_HEADERS,
    status: 200,
    example: example2
  }),
  "forms.delete": documentsEndpoint({
    id: "forms.delete",
    method: "DELETE",
    path: `${FORMS}/{formId}`,
    summary: "Delete a form (409 while a section uses it)",
    params: formParams,
    response: noBody,
    status: 204,
    example: example2
  })
};

// src/core/catalogue/documents/identityDocumentIdentifications.ts
var IDENTITY_DOCUMENT = `${ORG}/identifications/identity_document`;
var { cancel: cancel2, close: close2 } = cancelAndClose("identityDocument", IDENTITY_DOCUMENT, "identity-document identification");
var identityDocumentIdentificationsEndpoints = {
  "identifications.identityDocument.create": documentsEndpoint({
    id: "identifications.identityDocument.create",
    method: "POST",
    path: IDENTITY_DOCUMENT,
    summary: "Start an identification with an identity document (and its scoring session)",
    body: createIdentityDocumentIdentificationBody,
    response: identityDocumentIdentificationCreated,
    status: 200,
    example: {
      body: {
        actor: exampleActor("IDENTITY_CARD"),
        name: "James",
        last_name: "Smith",
        identity_document: { document_number: "12345678A", document_type: "NIF", country: "ES" },
        configuration_name: "HIGH",
        expires_in: "P7D",
        scoring: { provider: "INTERNAL" }
      },
      response: { id: "7902cd2d-80f4-4766-a3e9-a1760e0df9bd", scoring_id: "8902cd2d-80f4-4766-a3e9-a1760e0df9bd" }
    }
  }),
  "identifications.identityDocument.get": documentsEndpoint({
    id: "identifications.identityDocument.get",
    method: "GET",
    path: `${IDENTITY_DOCUMENT}/{identification_id}`,
    summary: "An identity-document identification: actor, state, attempts, scoring",
    params: identificationParams,
    response: identityDocumentIdentification,
    status: 200,
    example: {
      params: EXAMPLE_IDENTIFICATION,
      response: {
        actor: { name: "James", last_name: "Smith", identity_document: { document_number: "12345678A", document_type: "IDENTITY_CARD", country: "ES" } },
        state: "CREATED",
        remaining_validation_attempts: 3,
        creation_date: "2023-04-20T11:43:13Z",
        modification_date: "2023-04-20T11:43:13Z",
        expiration_date: "2023-04-20T11:43:13Z",
        scoring_id: "625fc44b-5b1c-451e-bcc7-276c911f0af8"
      }
    }
  }),
  "identifications.identityDocument.validate": documentsEndpoint({
    id: "identifications.identityDocument.validate",
    method: "POST",
    path: `${IDENTITY_DOCUMENT}/{identification_id}/validate`,
    summary: "Validate an identification whose document was scored",
    params: identificationParams,
    headers: deviceAgentHeaders,
    response: noBody,
    responseHeaders: ACCESS_TOKEN_RESPONSE_HEADERS,
    status: 204,
    example: { params: EXAMPLE_IDENTIFICATION, headers: { ...EXAMPLE_HEADERS.device, ...EXAMPLE_HEADERS.userAgent } }
  }),
  "identifications.identityDocument.cancel": cancel2,
  "identifications.identityDocument.close": close2
};

// src/core/catalogue/documents/otpIdentifications.ts
var OTP = `${ORG}/identifications/otp`;
var { cancel: cancel3, close: close3 } = cancelAndClose("otp", OTP, "OTP identification");
var otpIdentificationsEndpoints = {
  "identifications.otp.create": documentsEndpoint({
    id: "identifications.otp.create",
    method: "POST",
    path: OTP,
    summary: "Start an OTP identification: who, how long, which second factor, which channel",
    body: createOtpIdentificationBody,
    response: createdId,
    status: 201,
    example: {
      body: { actor: exampleActor("NIF"), expires_in: "P7D", two_factor_type: "DOCUMENT_NUMBER", channel: { type: "SMS", external: "true" } },
      response: { id: "7902cd2d-80f4-4766-a3e9-a1760e0df9bd" }
    }
  }),
  "identifications.otp.get": documentsEndpoint({
    id: "identifications.otp.get",
    method: "GET",
    path: `${OTP}/{identification_id}`,
    summary: "An OTP identification: state, remaining challenges and attempts",
    params: identificationParams,
    response: otpIdentification,
    status: 200,
    example: {
      params: EXAMPLE_IDENTIFICATION,
      response: {
        actor: { name: "James", language: "ES", document_type: "NIF" },
        creation_date: "2023-04-20T11:43:13Z",
        modification_date: "2023-04-20T11:43:13Z",
        expiration_date: "2023-04-20T11:43:13Z",
        remaining_challenges: 3,
        remaining_validation_attempts: 3,
        next_challenge_retry: "2023-04-20T11:43:13Z",
        two_factor_type: "EMAIL",
        state: "CREATED"
      }
    }
  }),
  "identifications.otp.validate": documentsEndpoint({
    id: "identifications.otp.validate",
    method: "PUT",
    path: `${OTP}/{identification_id}/validate`,
    summary: "Validate the code the actor received (and the second factor)",
    params: identificationParams,
    headers: deviceAgentHeaders,
    body: validateOtpBody,
    response: noBody,
    responseHeaders: ACCESS_TOKEN_RESPONSE_HEADERS,
    status: 204,
    // Each attempt counts against remaining_validation_attempts.
    idempotent: false,
    example: { params: EXAMPLE_IDENTIFICATION, headers: { ...EXAMPLE_HEADERS.device, ...EXAMPLE_HEADERS.userAgent }, body: { code: "k4khb9", two_factor: "12345678A" } }
  }),
  "identifications.otp.challenge": documentsEndpoint({
    id: "identifications.otp.challenge",
    method: "PUT",
    path: `${OTP}/{identification_id}/challenge`,
    summary: "Send a new code to the actor",
    params: identificationParams,
    body: otpChallengeBody,
    response: otpChallenge,
    status: 200,
    // Each call sends a code and counts against remaining_challenges.
    idempotent: false,
    example: { params: EXAMPLE_IDENTIFICATION, body: { two_factor: "12345678A or actor@email.com" }, response: { two_factor_value: "12345678A" } }
  }),
  "identifications.otp.cancel": cancel3,
  "identifications.otp.close": close3,
  "identifications.otp.delete": forceDelete("otp", OTP, "OTP identification")
};

// src/core/catalogue/documents/pdfTemplates.ts
var TEMPLATES = `${ORG}/templates`;
var templateParams2 = object({ templateId: idSegment.describe("External id of the template") });
var versionParams = object({ templateId: idSegment.describe("External id of the template"), version: versionNumber.describe("Major version") });
var FILL_VERSION_HEADERS = {
  "x-tenant-config-version": "Tenant configuration version used to fill.",
  "x-template-version": "Template version used to fill."
};
var EXAMPLE_TEMPLATE = {
  externalId: "contrato_convergente",
  version: "1.0",
  defaultLanguage: "ES",
  languages: ["ES", "EU", "EN", "DE", "GL", "CA"],
  orderedSectionNames: ["introduction", "personal_data", "anexo_gdpr"],
  fields: [{ key: "NAME", type: "FILLABLE" }],
  rules: [{ sectionExternalId: "contract_gdpr", condition: "GDPR:YES" }],
  creationDate: "2022-08-21T17:32:28Z"
};
var EXAMPLE_FILL = {
  language: "ES",
  flagsConditions: ["GDPR:YES", "PREVIEW:ALLOW"],
  fieldsValues: [{ name: "string", value: "string" }]
};
var salesVersion = { templateId: "contract_sales", version: "1" };
var convergenteVersion = { templateId: "convergente_particulares", version: "1" };
var pdfTemplatesEndpoints = {
  "pdfTemplates.list": documentsEndpoint({
    id: "pdfTemplates.list",
    method: "GET",
    path: TEMPLATES,
    summary: "List PDF templates, newest first (all in one page unless page or pageSize is given)",
    query: pagedQuery,
    response: pdfTemplateList,
    status: 200,
    example: { query: { page: "0", pageSize: "1" }, response: { totalResults: "100", currentPage: 0, templates: [EXAMPLE_TEMPLATE] } }
  }),
  "pdfTemplates.create": documentsEndpoint({
    id: "pdfTemplates.create",
    method: "POST",
    path: TEMPLATES,
    summary: "Create a PDF template from ordered sections and fill rules",
    body: createPdfTemplateBody,
    response: pdfTemplate,
    status: 201,
    example: {
      body: {
        templateName: "contracto_convergente",
        defaultLanguage: "ES",
        orderedSectionNames: ["introduction", "personal_data", "anexo_gdpr"],
        rules: [
          { sectionExternalId: "introduction", condition: "PREVIEW:ALLOW" },
          { sectionExternalId: "anexo_gdpr", condition: "GDPR:YES" }
        ]
      },
      response: EXAMPLE_TEMPLATE
    }
  }),
  "pdfTemplates.newVersion": documentsEndpoint({
    id: "pdfTemplates.newVersion",
    method: "POST",
    path: `${TEMPLATES}/{templateId}/versions`,
    summary: "Create a new major version of a PDF template (a new use contract)",
    params: templateParams2,
    body: newPdfTemplateVersionBody,
    response: pdfTemplate,
    status: 201,
    example: {
      params: { templateId: "contract_sales" },
      body: {
        defaultLanguage: "ES",
        orderedSectionNames: ["introduction", "personal_data", "contract_gdpr"],
        rules: [
          { sectionId: "introduction", condition: "PREVIEW:ALLOW" },
          { sectionId: "contract_gdpr", condition: "GDPR:YES" }
        ],
        changelog: "Added new GDPR descriptive text and formatting changes to the contract."
      },
      response: EXAMPLE_TEMPLATE
    }
  }),
  "pdfTemplates.updateVersion": documentsEndpoint({
    id: "pdfTemplates.updateVersion",
    method: "PATCH",
    path: `${TEMPLATES}/{templateId}/versions/{version}`,
    summary: "Update a version of a PDF template without changing its use contract (new minor)",
    params: versionParams,
    body: updatePdfTemplateVersionBody,
    response: pdfTemplate,
    status: 201,
    example: {
      params: convergenteVersion,
      body: {
        defaultLanguage: "ES",
        orderedSectionNames: ["introduction", "personal_data", "anexo_gdpr"],
        rules: [{ sectionExternalId: "contract_gdpr", condition: "GDPR:YES" }],
        changelog: "Template change reason description."
      },
      response: EXAMPLE_TEMPLATE
    }
  }),
  "pdfTemplates.deleteMajor": documentsEndpoint({
    id: "pdfTemplates.deleteMajor",
    method: "DELETE",
    path: `${TEMPLATES}/{templateId}/versions/{version}`,
    summary: "Delete the latest major version of a PDF template (409 for any other)",
    params: versionParams,
    response: noBody,
    status: 204,
    // Repeating it deletes the next latest major: never retry blindly.
    idempotent: false,
    example: { params: convergenteVersion }
  }),
  "pdfTemplates.deleteMinor": documentsEndpoint({
    id: "pdfTemplates.deleteMinor",
    method: "DELETE",
    path: `${TEMPLATES}/{templateId}/versions/{version}/minor`,
    summary: "Delete the latest minor version of a major of a PDF template",
    params: versionParams,
    response: noBody,
    status: 204,
    // Repeating it deletes the minor before.
    idempotent: false,
    example: { params: convergenteVersion }
  }),
  "pdfTemplates.fill": documentsEndpoint({
    id: "pdfTemplates.fill",
    method: "POST",
    path: `${TEMPLATES}/{templateId}/versions/{version}/fill`,
    summary: "Fill a PDF template version and get the PDF",
    params: versionParams,
    body: fillPdfTemplateBody,
    response: binaryFile,
    responseKind: "binary",
    responseHeaders: { ...FILE_RESPONSE_HEADERS, ...FILL_VERSION_HEADERS },
    status: 200,
    // Filling into a PDF stores nothing.
    idempotent: true,
    example: { params: salesVersion, body: { ...EXAMPLE_FILL, fillMode: "default" } }
  }),
  "pdfTemplates.fillDocument": documentsEndpoint({
    id: "pdfTemplates.fillDocument",
    method: "POST",
    path: `${TEMPLATES}/{templateId}/versions/{version}/fill/documents`,
    summary: "Fill a PDF template version into a stored document (documentId)",
    params: versionParams,
    headers: documentOwnerHeaders,
    body: fillPdfTemplateDocumentBody,
    response: filledPdfDocument,
    responseHeaders: FILL_VERSION_HEADERS,
    status: 200,
    example: {
      params: salesVersion,
      headers: { "x-auth-owner": "2357893" },
      body: { ...EXAMPLE_FILL, name: "personal_contract", tags: ["DRAFT"], fillMode: "default", flatten: true },
      response: { documentId: "d290f1ee-6c54-4b01-90e6-d701748f0851", renamedKeys: [{ currentName: "SUBSCRIPTION_ID_212", originalName: "SUBSCRIPTION_ID" }] }
    }
  }),
  "pdfTemplates.metadata": documentsEndpoint({
    id: "pdfTemplates.metadata",
    method: "GET",
    path: `${TEMPLATES}/{templateId}/versions/{version}/metadata`,
    summary: "Metadata of a PDF template version (include=history adds the previous minors)",
    params: versionParams,
    query: object({ include: _enum(["history"]).optional().describe("history: every minor of the major") }),
    response: pdfTemplateVersions,
    status: 200,
    example: { params: { templateId: "ifcc_template", version: "1" }, query: { include: "history" }, response: { templates: [EXAMPLE_TEMPLATE] } }
  }),
  "pdfTemplates.changelog": documentsEndpoint({
    id: "pdfTemplates.changelog",
    method: "GET",
    path: `${TEMPLATES}/{templateId}/changelog`,
    summary: "Changelog of a PDF template",
    params: templateParams2,
    response: pdfTemplateChangelog,
    status: 200,
    example: {
      params: { templateId: "ifcc_template" },
      response: {
        changelogHistory: [
          { fromVersion: "1.0", toVersion: "1.1", onDate: "2022-08-21T17:32:28Z", changelog: "Added new GDPR descriptive text and formatting changes to the contract." }
        ]
      }
    }
  })
};

// src/core/models/documents/scorings.ts
var scoringStates = ["CREATED", "SCORED", "SUCCEEDED", "FAILED", "EXPIRED"];
var scoredDocument = { type: string2(), country: string2() };
var createScoringBody = strictObject({
  document: strictObject({
    type: string2().min(1).describe("Document classification, e.g. IDENTITY_CARD."),
    country: string2().regex(/^[A-Z]{2}$/, msg('expected an ISO 3166-1 alpha-2 country code like "ES"')).describe("Issuing country.")
  }),
  provider: string2().min(1).describe("Verification provider, e.g. GOOGLE, VERIDAS."),
  expires_in: shortExpiry.describe("How long the session stays open (ISO 8601), 1 minute to 30 days."),
  max_score_retries: number2().int().min(1).optional().describe("Scoring attempts allowed (default 5).")
});
var scoringCreated = looseObject2({ id: string2().optional() });
var captures = looseObject2({ front: string2().optional(), back: string2().optional() });
var scoringCaptures = looseObject2({
  document: looseObject2({ ...scoredDocument, captures: captures.optional() })
});
var nullableText = string2().nullable().optional();
var scoreResult = looseObject2({
  global_score: number2().optional(),
  extracted_values: record(string2(), unknown()).optional(),
  scored_date: isoDateTime.optional(),
  trace_metadata: looseObject2({
    browser_user_agent: nullableText,
    ip_address: nullableText,
    browser_installation_id: nullableText,
    device_location: nullableText,
    device_finger_print: nullableText
  }).optional(),
  // The attempts example lists a null score.
  scores: array(looseObject2({ score_type: string2(), is_fraud: boolean2(), score: number2() }).nullable()).optional()
});
var scoring = looseObject2({
  creation_date: isoDateTime.optional(),
  modification_date: isoDateTime.optional(),
  expiration_date: isoDateTime.optional(),
  total_score_attempts: number2().int().optional(),
  remaining_score_attempts: number2().int().optional(),
  remaining_delegate_attempts: deprecated(number2().int().optional(), "remaining_score_attempts"),
  state: _enum(scoringStates).optional(),
  document: looseObject2(scoredDocument).optional(),
  score_result: scoreResult.optional(),
  provider: string2().optional()
});
var scoreImagesBody = strictObject({
  front: fileInput.optional().describe("Image of the front side (a multipart file part on the wire)."),
  back: fileInput.optional().describe("Image of the back side (a multipart file part on the wire).")
}).refine((b2) => b2.front !== void 0 || b2.back !== void 0, msg("send the front and/or the back image"));
var delegateScoringBody = strictObject({ provider_config: string2().optional().describe("Provider-specific configuration, as JSON text.") });
var scoringDelegated = looseObject2({
  provider_id: string2().optional(),
  access_token: string2().optional(),
  provider: string2().optional()
});
var scoringAttempts = looseObject2({
  attempts: array(
    looseObject2({
      attempt_number: number2().int().min(1),
      creation_date: isoDateTime,
      provider_id: string2().optional(),
      score_result: scoreResult.optional(),
      fail_reason: string2().optional(),
      captures: captures.optional()
    })
  ).optional()
});

// src/core/catalogue/documents/scorings.ts
var SCORINGS = `${ORG}/scorings/identity_document`;
var scoringParams = object({ scoring_id: idSegment.describe("Scoring session id") });
var params = { scoring_id: "d290f1ee-6c54-4b01-90e6-d701748f0851" };
var CAPTURE_URL = "https://storage.googleapis.com/mas-documents-prod/cbd2e693-d71a-4cee-8313-1972acc0394d";
var EXTRACTED_VALUES = {
  NAME: "John",
  LAST_NAME: "Doe",
  BIRTH_DATE: "1990-01-01T00:00:00.000Z",
  DOCUMENT_NUMBER: "X1234567",
  DOCUMENT_EXPIRATION_DATE: "2030-12-31T00:00:00.000Z"
};
var IMAGE_TYPES = ["image/jpeg", "image/png"];
var scoringsEndpoints = {
  "scorings.create": documentsEndpoint({
    id: "scorings.create",
    method: "POST",
    path: SCORINGS,
    summary: "Open an identity-document scoring session",
    body: createScoringBody,
    response: scoringCreated,
    status: 200,
    example: {
      body: { document: { type: "IDENTITY_CARD", country: "ES" }, provider: "GOOGLE", expires_in: "P7D", max_score_retries: 5 },
      response: { id: "d290f1ee-6c54-4b01-90e6-d701748f0851" }
    }
  }),
  "scorings.captures": documentsEndpoint({
    id: "scorings.captures",
    method: "GET",
    path: `${SCORINGS}/{scoring_id}/captures`,
    summary: "Links to the captured images of the document",
    params: scoringParams,
    response: scoringCaptures,
    status: 200,
    example: { params, response: { document: { type: "IDENTITY_CARD", country: "ES", captures: { front: CAPTURE_URL, back: CAPTURE_URL } } } }
  }),
  "scorings.get": documentsEndpoint({
    id: "scorings.get",
    method: "GET",
    path: `${SCORINGS}/{scoring_id}`,
    summary: "A scoring session: state, attempts left, score and extracted values",
    params: scoringParams,
    response: scoring,
    status: 200,
    example: {
      params,
      response: {
        creation_date: "2023-04-20T11:43:13Z",
        modification_date: "2023-04-20T12:05:27Z",
        expiration_date: "2023-05-20T11:43:13Z",
        total_score_attempts: 15,
        remaining_score_attempts: 15,
        remaining_delegate_attempts: 15,
        state: "CREATED",
        document: { type: "IDENTITY_CARD", country: "ES" },
        score_result: {
          global_score: 0.85,
          extracted_values: EXTRACTED_VALUES,
          scored_date: "2023-04-20T11:43:13Z",
          trace_metadata: {
            browser_user_agent: EXAMPLE_HEADERS.userAgent["user-agent"],
            ip_address: "172.17.0.4",
            browser_installation_id: "string",
            device_location: "88.52,-123.1",
            device_finger_print: "33dd65c7fefc7078776965ca85cee243"
          },
          scores: [{ score_type: "MRZ_CONTROL_DIGIT", is_fraud: false, score: 0.85 }]
        },
        provider: "GOOGLE"
      }
    }
  }),
  "scorings.score": documentsEndpoint({
    id: "scorings.score",
    method: "PUT",
    path: `${SCORINGS}/{scoring_id}/score`,
    summary: "Upload the front and/or back image to be scored",
    params: scoringParams,
    headers: deviceAgentIpHeaders,
    body: scoreImagesBody,
    bodyKind: "multipart",
    multipart: {
      files: [
        filePart("front", "Image of the front side of the identity document", IMAGE_TYPES, { required: false }),
        filePart("back", "Image of the back side of the identity document", IMAGE_TYPES, { required: false })
      ]
    },
    response: noBody,
    status: 204,
    // Every upload is a scoring attempt.
    idempotent: false,
    example: { params, headers: { ...EXAMPLE_HEADERS.device, ...EXAMPLE_HEADERS.userAgent, ...EXAMPLE_HEADERS.forwardedFor }, body: { front: "string", back: "string" } }
  }),
  "scorings.close": documentsEndpoint({
    id: "scorings.close",
    method: "POST",
    path: `${SCORINGS}/{scoring_id}/close`,
    summary: "Close the session: no more images or changes",
    params: scoringParams,
    response: noBody,
    status: 204,
    example: { params }
  }),
  "scorings.delegate": documentsEndpoint({
    id: "scorings.delegate",
    method: "POST",
    path: `${SCORINGS}/{scoring_id}/delegate`,
    summary: "Hand the scoring to the external provider; answers the provider's access details",
    params: scoringParams,
    body: delegateScoringBody,
    response: scoringDelegated,
    status: 200,
    example: {
      params,
      body: { provider_config: "string" },
      response: { provider_id: "cbd2e693-d71a-4cee-8313-1972acc0394d", access_token: "access-token", provider: "GOOGLE" }
    }
  }),
  "scorings.attempts": documentsEndpoint({
    id: "scorings.attempts",
    method: "GET",
    path: `${SCORINGS}/{scoring_id}/attempts`,
    summary: "Every scoring attempt of the session, by attempt number",
    params: scoringParams,
    response: scoringAttempts,
    status: 200,
    example: {
      params,
      response: {
        attempts: [
          {
            attempt_number: 1,
            creation_date: "2024-01-01T10:00:00Z",
            provider_id: "cbd2e693-d71a-4cee-8313-1972acc0394d",
            score_result: {
              global_score: 0.85,
              extracted_values: EXTRACTED_VALUES,
              scored_date: "2023-04-20T11:43:13Z",
              trace_metadata: { browser_user_agent: null, ip_address: null, browser_installation_id: null, device_location: null, device_finger_print: null },
              scores: [null]
            },
            fail_reason: "PROVIDER_TIMEOUT",
            captures: { front: CAPTURE_URL, back: CAPTURE_URL }
          }
        ]
      }
    }
  })
};

// src/core/catalogue/documents/sections.ts
var SECTIONS = `${ORG}/templates/sections`;
var sectionParams = object({ sectionId: idSegment.describe("External id of the section") });
var EXAMPLE_SECTION = {
  externalId: "anexo_gdpr",
  forms: [{ language: "ES", formExternalId: "contract_gdpr_en" }],
  fields: [{ key: "NAME", type: "FILLABLE" }],
  creationDate: "2022-08-21T17:32:28Z"
};
var sectionsEndpoints = {
  "sections.list": documentsEndpoint({
    id: "sections.list",
    method: "GET",
    path: SECTIONS,
    summary: "List sections, newest first (all in one page unless page or pageSize is given)",
    query: pagedQuery,
    response: sectionList,
    status: 200,
    example: { query: { page: "0", pageSize: "1" }, response: { totalResults: "100", currentPage: 0, sections: [EXAMPLE_SECTION] } }
  }),
  "sections.create": documentsEndpoint({
    id: "sections.create",
    method: "POST",
    path: SECTIONS,
    summary: "Create a section: which form serves each language",
    body: createSectionBody,
    response: section,
    status: 201,
    example: { body: { sectionName: "contract_gdpr", forms: [{ language: "ES", formExternalId: "contract_gdpr_en" }] }, response: EXAMPLE_SECTION }
  }),
  "sections.metadata": documentsEndpoint({
    id: "sections.metadata",
    method: "GET",
    path: `${SECTIONS}/{sectionId}/metadata`,
    summary: "Metadata of a section (forms per language, fields)",
    params: sectionParams,
    response: section,
    status: 200,
    example: { params: { sectionId: "anexo_gdpr" }, response: EXAMPLE_SECTION }
  }),
  "sections.delete": documentsEndpoint({
    id: "sections.delete",
    method: "DELETE",
    path: `${SECTIONS}/{sectionId}`,
    summary: "Delete a section (409 while a template uses it)",
    params: sectionParams,
    response: noBody,
    status: 204,
    example: { params: { sectionId: "anexo_gdpr" } }
  })
};

// src/core/models/documents/signProcesses.ts
var signTypes = ["SIMPLE", "BIOMETRIC"];
var signType = _enum(signTypes);
var signProcessStatuses = ["CREATED", "SIGNED", "FAILED", "CANCELLED", "EXPIRED", "CERTIFIED"];
var signProcessStatus = _enum(signProcessStatuses);
var signer = strictObject({
  alias: string2().min(1).describe("How sign_fields refer to this signer."),
  ...personShape,
  identification: strictObject({ two_factor_type: twoFactorType.optional() }).optional()
});
var createSignProcessBody = strictObject({
  signers: array(signer).min(1),
  sign: strictObject({
    type: signType,
    documents: array(
      strictObject({
        id: string2().min(1).describe("Stored document to sign."),
        owner: string2().optional().describe("Owner of the stored document."),
        // The example sends nulls here and the document describes neither.
        sign_fields: array(strictObject({ signer: string2().nullable().optional(), fields: unknown().optional() })).optional()
      })
    ).min(1),
    preview_documents: array(string2()).optional().describe("Stored documents shown before signing.")
  }),
  identification: strictObject({ type: string2().min(1).describe("e.g. AGENT, OTP, IDENTITY_DOCUMENT") }),
  expires_in: signProcessExpiry.optional().describe("Validity from now (ISO 8601): at least PT15M, at most and by default P30D.")
});
var signProcess = looseObject2({
  signatures: array(
    looseObject2({
      alias: string2().optional(),
      name: string2().optional(),
      last_name: string2().optional(),
      language: string2().optional(),
      document_number: string2().optional(),
      sign: looseObject2({ id: string2(), status: string2(), modification_date: isoDateTime.optional() }).optional(),
      identification: looseObject2({ id: string2(), type: string2() }).optional()
    })
  ),
  status: signProcessStatus,
  sign_type: signType,
  ...timestamps,
  /** Document id of the sign process certificate. */
  certificate_id: string2().optional()
});
var cancelSignProcessBody = strictObject({ reason: string2().min(1).describe("Why the signature is cancelled.") });
var signature = looseObject2({
  signer: looseObject2({
    alias: string2().optional(),
    name: string2().optional(),
    last_name: string2().optional(),
    document_number: string2().optional(),
    language: string2().optional()
  }),
  preview_documents: array(documentLink).optional(),
  signable_documents: array(documentLink),
  signed_documents: array(documentLink).optional(),
  status: signProcessStatus,
  identification: looseObject2({ id: string2(), type: string2() }).optional(),
  ...timestamps
});
var KB = 1024;
var biometricSignBody = strictObject({
  biometric_data: string2().min(1).max(300 * KB, msg("biometric_data may be at most 300 KB")).describe("Biometric data of the signatory's handwritten signature."),
  signature_image: string2().min(1).max(500 * KB, msg("signature_image may be at most 500 KB")).describe("The signature image, base64.")
});
var signConfiguration = looseObject2({
  landing_url: string2().optional(),
  expiration_duration: string2().optional(),
  channels: array(string2()).optional(),
  certificate: looseObject2({
    expiration_date: isoDateTime.optional(),
    common_name: string2().optional(),
    organization: string2().optional(),
    organizational_unit: string2().optional(),
    issuer: string2().optional()
  }).optional(),
  notification_email: string2().optional(),
  identification_config: looseObject2({
    identity_document: looseObject2({ providers: array(looseObject2({ sign_type: string2(), provider_type: string2() })) }).optional()
  }).optional()
});
var signConfigurationFields = strictObject({
  landing_url: string2().min(1).describe("URL of the sign landing page."),
  expiration_duration: isoDuration.describe("Validity of any sign process of the tenant (ISO 8601)."),
  channels: array(notificationChannel).min(1).describe("Notification channels: SMS, EMAIL, WHATSAPP."),
  sign_certificate_password: string2().min(1).describe("Password of the PKCS#12 certificate."),
  notification_email: email2().describe("Where certificate-expiry notices go."),
  identification_config: string2().optional().describe("JSON array of scoring provider configurations per sign type, as text.")
});
var createSignConfigurationBody = strictObject({
  ...signConfigurationFields.shape,
  content: fileInput.optional().describe("The PKCS#12 (.p12) certificate (a multipart file part on the wire).")
});
var updateSignConfigurationFields = signConfigurationFields.partial();
var updateSignConfigurationBody = createSignConfigurationBody.partial();
var securizeBody = strictObject({ sign_process_id: string2().min(1) });
var securizedToken = looseObject2({ web_component_token: string2() });

// src/core/catalogue/documents/securize.ts
var securizeEndpoints = {
  "securize.create": documentsEndpoint({
    id: "securize.create",
    method: "POST",
    path: `${ORG}/securize`,
    summary: "A web-component token with the payload and roles of one sign process",
    body: securizeBody,
    response: securizedToken,
    status: 201,
    example: { body: { sign_process_id: "string" }, response: { web_component_token: "string" } }
  })
};

// src/core/catalogue/documents/signProcesses.ts
var SIGN_PROCESS = `${ORG}/sign_process`;
var signProcessParams = object({ sign_process_id: idSegment.describe("uuid of the digital sign process") });
var EXAMPLE_ID = "7902cd2d-80f4-4766-a3e9-a1760e0df9bd";
var EXAMPLE_CONFIGURATION = {
  landing_url: "www.masmovil.com",
  expiration_duration: "P7D",
  channels: ["SMS", "EMAIL", "WHATSAPP"],
  content: "string",
  sign_certificate_password: "Passw0rd",
  notification_email: "example@email.com",
  identification_config: "string"
};
var CERTIFICATE = { description: "The PKCS#12 (.p12) signing certificate", contentTypes: ["application/x-pkcs12", "application/octet-stream"] };
var signProcessesEndpoints = {
  "signProcessConfigurations.get": documentsEndpoint({
    id: "signProcessConfigurations.get",
    method: "GET",
    path: `${SIGN_PROCESS}/configurations`,
    summary: "Sign configuration of the organization (landing, channels, certificate)",
    response: signConfiguration,
    status: 200,
    example: {
      response: {
        landing_url: "www.masmovil.com",
        expiration_duration: "P7D",
        channels: ["SMS", "EMAIL", "WHATSAPP"],
        certificate: {
          expiration_date: "2025-04-20T11:43:13Z",
          common_name: "Mas_Orange_CA",
          organization: "MasOrange",
          organizational_unit: "MasOrangeCAUnit",
          issuer: "Mas_Orange_Root_CA"
        },
        notification_email: "example@email.com",
        identification_config: { identity_document: { providers: [{ sign_type: "SIMPLE", provider_type: "EXTERNAL" }] } }
      }
    }
  }),
  "signProcessConfigurations.create": documentsEndpoint({
    id: "signProcessConfigurations.create",
    method: "POST",
    path: `${SIGN_PROCESS}/configurations`,
    summary: "Create the sign configuration, with its signing certificate",
    body: createSignConfigurationBody,
    bodyKind: "multipart",
    multipart: contentUpload(signConfigurationFields, CERTIFICATE),
    response: noBody,
    status: 204,
    example: { body: EXAMPLE_CONFIGURATION }
  }),
  "signProcessConfigurations.update": documentsEndpoint({
    id: "signProcessConfigurations.update",
    method: "PATCH",
    path: `${SIGN_PROCESS}/configurations`,
    summary: "Update the sign configuration (any field, or a new certificate)",
    body: updateSignConfigurationBody,
    bodyKind: "multipart",
    multipart: contentUpload(updateSignConfigurationFields, { ...CERTIFICATE, required: false }),
    response: noBody,
    status: 204,
    example: { body: EXAMPLE_CONFIGURATION }
  }),
  "signProcesses.create": documentsEndpoint({
    id: "signProcesses.create",
    method: "POST",
    path: SIGN_PROCESS,
    summary: "Create a digital sign process: signers, documents to sign, identification",
    body: createSignProcessBody,
    response: createdId,
    responseHeaders: { location: "URI of the new sign process." },
    status: 201,
    example: {
      body: {
        signers: [
          {
            alias: "signer_1",
            name: "James",
            last_name: "Smith",
            identity_document: { document_number: "12345678A", document_type: "NIF" },
            email: "example@email.com",
            msisdn: { phone_number: 6123456789, country_code: "34" },
            language: "ES",
            identification: { two_factor_type: "EMAIL" }
          }
        ],
        sign: {
          type: "BIOMETRIC",
          documents: [{ id: "0a394423-6f6d-4295-8ce7-c0bd70881836", owner: "2357893", sign_fields: [{ signer: null, fields: null }] }],
          preview_documents: ["827d7367-8ff4-4748-970e-009680a87813"]
        },
        identification: { type: "AGENT" },
        expires_in: "P7D"
      },
      response: { id: EXAMPLE_ID }
    }
  }),
  "signProcesses.get": documentsEndpoint({
    id: "signProcesses.get",
    method: "GET",
    path: `${SIGN_PROCESS}/{sign_process_id}`,
    summary: "A digital sign process: status and the signature of each signer",
    params: signProcessParams,
    response: signProcess,
    status: 200,
    example: {
      params: { sign_process_id: EXAMPLE_ID },
      response: {
        signatures: [
          {
            alias: "signer_1",
            name: "James",
            last_name: "Williams Smith",
            language: "ES",
            document_number: "12345678A",
            sign: { id: "0b9bbe95-f080-4317-b371-1f9ae0b9bf4f", status: "CLOSED", modification_date: "2023-04-21T17:32:28Z" },
            identification: { id: "b3041b0c-95fe-459c-8df3-bdea4a83233a", type: "AGENT" }
          }
        ],
        status: "CREATED",
        sign_type: "BIOMETRIC",
        modification_date: "2023-04-20T11:43:13Z",
        creation_date: "2023-04-20T11:43:13Z",
        certificate_id: "23f65996-95e6-4fac-b4c2-f8d93f162cc9"
      }
    }
  }),
  "signProcesses.cancel": documentsEndpoint({
    id: "signProcesses.cancel",
    method: "POST",
    path: `${SIGN_PROCESS}/{sign_process_id}/cancel`,
    summary: "Cancel a digital sign process (409 once SIGNED, EXPIRED or FAILED)",
    params: signProcessParams,
    body: cancelSignProcessBody,
    response: noBody,
    status: 204,
    example: { params: { sign_process_id: EXAMPLE_ID }, body: { reason: "string" } }
  })
};

// src/core/catalogue/documents/signatures.ts
var signParams = object({ sign_id: idSegment.describe("uuid of the signer's signature in a sign process") });
var EXAMPLE_PARAMS = { sign_id: "0b9bbe95-f080-4317-b371-1f9ae0b9bf4f" };
var link = { name: "Document_Name", url: "https://storage.googleapis.com/mas-documents-prod/cbd2e693-d71a-4cee-8313-1972acc0394d" };
var EXAMPLE_SIGNATURE = {
  signer: { alias: "signer_1", name: "James", last_name: "Smith", document_number: "25478547L", language: "ES" },
  preview_documents: [link],
  signable_documents: [link],
  signed_documents: [link],
  status: "CREATED",
  identification: { id: "b3041b0c-95fe-459c-8df3-bdea4a83233a", type: "AGENT" },
  modification_date: "2023-04-21T17:32:28Z",
  creation_date: "2023-04-21T17:32:28Z"
};
var deviceExample = { params: EXAMPLE_PARAMS, headers: EXAMPLE_HEADERS.device };
var signaturesEndpoints = {
  "biometricSigns.get": documentsEndpoint({
    id: "biometricSigns.get",
    method: "GET",
    path: `${ORG}/biometric_signs/{sign_id}`,
    summary: "A signer's biometric signature: documents to preview, sign and signed",
    params: signParams,
    response: signature,
    status: 200,
    example: { params: EXAMPLE_PARAMS, response: EXAMPLE_SIGNATURE }
  }),
  "biometricSigns.preview": documentsEndpoint({
    id: "biometricSigns.preview",
    method: "POST",
    path: `${ORG}/biometric_signs/{sign_id}/preview`,
    summary: "Record that the signer previewed the documents (biometric signature)",
    params: signParams,
    headers: deviceHeaders,
    response: noBody,
    status: 204,
    example: deviceExample
  }),
  "biometricSigns.sign": documentsEndpoint({
    id: "biometricSigns.sign",
    method: "POST",
    path: `${ORG}/biometric_signs/{sign_id}/sign`,
    summary: "Sign with the handwritten signature (biometric data and image)",
    params: signParams,
    headers: deviceHeaders,
    body: biometricSignBody,
    response: noBody,
    status: 204,
    example: { ...deviceExample, body: { biometric_data: "string", signature_image: "string" } }
  }),
  "simpleSigns.get": documentsEndpoint({
    id: "simpleSigns.get",
    method: "GET",
    path: `${ORG}/simple_signs/{sign_id}`,
    summary: "A signer's simple signature: documents to preview, sign and signed",
    params: signParams,
    response: signature,
    status: 200,
    example: { params: EXAMPLE_PARAMS, response: EXAMPLE_SIGNATURE }
  }),
  "simpleSigns.preview": documentsEndpoint({
    id: "simpleSigns.preview",
    method: "POST",
    path: `${ORG}/simple_signs/{sign_id}/preview`,
    summary: "Record that the signer previewed the documents (simple signature)",
    params: signParams,
    headers: deviceHeaders,
    response: noBody,
    status: 204,
    example: deviceExample
  }),
  "simpleSigns.sign": documentsEndpoint({
    id: "simpleSigns.sign",
    method: "POST",
    path: `${ORG}/simple_signs/{sign_id}/sign`,
    summary: "Sign (simple signature)",
    params: signParams,
    headers: deviceHeaders,
    response: noBody,
    status: 204,
    example: deviceExample
  })
};

// src/core/models/documents/storedDocuments.ts
var documentExtension = _enum(["pdf", "jpeg", "jpg", "png", "html", "json", "hbs"]);
var createDocumentFields = strictObject({
  name: noSpaceName.describe("Name of the document (without spaces); the document is renamed with it."),
  extension: documentExtension.describe("Format of the document; it must match the binary."),
  tags: documentTags.optional().describe("Up to 5 free tags (upper-cased, whitespace removed).")
});
var createDocumentBody = strictObject({
  ...createDocumentFields.shape,
  content: fileInput.optional().describe("The document (a multipart file part on the wire).")
});
var documentCreated = looseObject2({ documentId: string2() });
var documentDeleted = looseObject2({
  deletedDocumentId: string2(),
  /** When the document was deleted the first time. */
  deleteTS: isoDateTime
});
var documentMetadata = looseObject2({
  documentId: string2(),
  name: string2(),
  tags: array(string2()),
  extension: string2(),
  archiveHash: string2(),
  size: number2().int().min(0),
  /** Public documents have no owner. */
  isPublic: boolean2()
});
var publicUrlBody = strictObject({
  expiresIn: boundedDuration({ minSeconds: 1, maxSeconds: 86400, message: msg("expected a duration of at most 24 hours (e.g. PT24H)") }).optional().describe("How long the link lives (ISO 8601, default and maximum PT24H)."),
  downloadDisposition: _enum(["attachment", "inline"]).optional().describe("Whether a browser downloads (attachment, default) or shows (inline) the file.")
});
var publicUrl = looseObject2({
  expirationDate: isoDateTime,
  publicUrl: string2(),
  mediaType: string2().optional(),
  name: string2()
});
var changeDocumentOwnerBody = strictObject({
  newOwner: string2().min(1).optional().describe("The new owner (the API normalises it to lower case).")
});
var ownerChanged = looseObject2({ owner: string2() });

// src/core/catalogue/documents/storedDocuments.ts
var DOCS = `${ORG}/documents`;
var documentParams = object({ documentId: idSegment });
var EXAMPLE_ID2 = "d290f1ee-6c54-4b01-90e6-d701748f0851";
var example3 = { params: { documentId: EXAMPLE_ID2 }, headers: { "x-auth-owner": "2357893" } };
var deleted = { deletedDocumentId: EXAMPLE_ID2, deleteTS: "2023-04-20T11:43:13Z" };
var storedDocumentsEndpoints = {
  "documents.create": documentsEndpoint({
    id: "documents.create",
    method: "POST",
    path: DOCS,
    summary: "Upload a document (name, extension, tags and the file)",
    headers: documentOwnerHeaders,
    body: createDocumentBody,
    bodyKind: "multipart",
    multipart: contentUpload(createDocumentFields, { description: "The document to store", contentTypes: ["application/pdf", "application/octet-stream", "image/png", "image/jpeg"] }),
    response: documentCreated,
    status: 201,
    example: {
      headers: example3.headers,
      body: { name: "New_document", extension: "pdf", tags: ["DRAFT", "CONFIDENTIAL", "v1.0"] },
      response: { documentId: EXAMPLE_ID2 }
    }
  }),
  "documents.download": documentsEndpoint({
    id: "documents.download",
    method: "GET",
    path: `${DOCS}/{documentId}`,
    summary: "Download the content of a document",
    params: documentParams,
    headers: documentOwnerHeaders,
    response: binaryFile,
    responseKind: "binary",
    responseHeaders: FILE_RESPONSE_HEADERS,
    status: 200,
    example: example3
  }),
  "documents.delete": documentsEndpoint({
    id: "documents.delete",
    method: "DELETE",
    path: `${DOCS}/{documentId}`,
    summary: "Delete a document (409 when already deleted)",
    params: documentParams,
    headers: documentOwnerHeaders,
    response: documentDeleted,
    status: 200,
    example: { ...example3, response: deleted }
  }),
  "documents.deletePhysical": documentsEndpoint({
    id: "documents.deletePhysical",
    method: "DELETE",
    path: `${DOCS}/{documentId}/physical`,
    summary: "Delete a document physically",
    params: documentParams,
    headers: documentOwnerHeaders,
    response: documentDeleted,
    status: 200,
    example: { ...example3, response: deleted }
  }),
  "documents.metadata": documentsEndpoint({
    id: "documents.metadata",
    method: "GET",
    path: `${DOCS}/{documentId}/metadata`,
    summary: "Metadata of a document (name, tags, extension, hash, size, public or not)",
    params: documentParams,
    headers: documentOwnerHeaders,
    response: documentMetadata,
    status: 200,
    example: {
      ...example3,
      response: {
        documentId: EXAMPLE_ID2,
        name: "personal_contract",
        tags: ["Draft", "Top_Secret", "v1.0"],
        extension: "pdf",
        archiveHash: "938c2cc0dcc05f2b68c4287040cfcf71",
        size: 4e8,
        isPublic: true
      }
    }
  }),
  "documents.publicUrl": documentsEndpoint({
    id: "documents.publicUrl",
    method: "POST",
    path: `${DOCS}/{documentId}/public_url`,
    summary: "A signed URL to download a document without credentials (at most 24 h)",
    params: documentParams,
    headers: documentOwnerHeaders,
    body: publicUrlBody,
    response: publicUrl,
    status: 200,
    // Another URL for the same document changes nothing stored.
    idempotent: true,
    example: {
      ...example3,
      body: { expiresIn: "PT24H", downloadDisposition: "inline" },
      response: {
        expirationDate: "2023-01-27T03:44:52.000Z",
        publicUrl: "https://storage.googleapis.com/mas-documents-prod/cbd2e693-d71a-4cee-8313-1972acc0394d",
        mediaType: "application/pdf",
        name: "my_doc_name"
      }
    }
  }),
  "documents.changeOwner": documentsEndpoint({
    id: "documents.changeOwner",
    method: "PUT",
    path: `${DOCS}/{documentId}/owner`,
    auth: "documentsOwner",
    summary: "Transfer a private document to a new owner",
    params: documentParams,
    headers: requiredOwnerHeaders,
    body: changeDocumentOwnerBody,
    response: ownerChanged,
    status: 200,
    example: { ...example3, body: { newOwner: "sUbScRiPtiOn_12123112a" }, response: { owner: "subscription_12123112a" } }
  })
};

// src/core/models/documents/templateConfigurations.ts
var configurationDocumentExtension = _enum(["jpeg", "jpg", "png"]);
var uploadConfigurationDocumentFields = strictObject({
  name: noSpaceName.describe("Name of the image (without spaces)."),
  extension: configurationDocumentExtension.describe("Format of the image; it must match the binary.")
});
var uploadConfigurationDocumentBody = strictObject({
  ...uploadConfigurationDocumentFields.shape,
  content: fileInput.optional().describe("The image (a multipart file part on the wire).")
});
var configurationDocumentList = looseObject2({
  ...pageEnvelope,
  items: array(looseObject2({ id: string2(), name: string2(), extension: string2(), creationDate: isoDateTime }))
});
var configurationFieldValue = strictObject({
  name: string2().min(1).describe("Configuration field, e.g. CONFIG_TENANT.SOCIAL_REASON."),
  type: string2().min(1).describe("Kind of value, e.g. TEXT."),
  value: array(strictObject({ language: templateLanguage, content: string2() })).describe("The value in each language.")
});
var createTemplateConfigurationBody = strictObject({
  changelog: string2().optional().describe("What changed in this configuration version."),
  defaultLanguage: templateLanguage,
  fieldValues: array(configurationFieldValue).min(1).refine((items) => new Set(items.map((i) => JSON.stringify(i))).size === items.length, msg("fieldValues must not repeat an item"))
});
var templateConfigurationCreated = looseObject2({ version: number2().int().min(1) });
var templateConfigurationList = looseObject2({
  ...pageEnvelope,
  configurations: array(looseObject2({ version: number2().int(), changelog: string2().optional(), creationDate: isoDateTime }))
});
var templateConfiguration = looseObject2({
  defaultLanguage: string2(),
  fieldValues: array(
    looseObject2({
      name: string2(),
      type: string2(),
      value: array(looseObject2({ language: string2(), content: string2() }))
    })
  )
});

// src/core/catalogue/documents/templateConfigurations.ts
var CONFIGURATIONS = `${ORG}/templates/configurations`;
var configurationDocumentsQuery = pagedQuery.extend({
  name: string2().min(1).optional().describe("Filter by document name"),
  extension: configurationDocumentExtension.optional().describe("Filter by document extension")
});
var versionParams2 = object({
  version: union([versionNumber, literal("latest")]).describe("Configuration version, or 'latest'")
});
var EXAMPLE_FIELD_VALUES = [{ name: "CONFIG_TENANT.SOCIAL_REASON", type: "TEXT", value: [{ language: "ES", content: "Avenida de Bruselas 38, Alcobendas, Madrid" }] }];
var templateConfigurationsEndpoints = {
  "templateConfigurations.listDocuments": documentsEndpoint({
    id: "templateConfigurations.listDocuments",
    method: "GET",
    path: `${CONFIGURATIONS}/documents`,
    summary: "List the images templates can use (logos)",
    query: configurationDocumentsQuery,
    response: configurationDocumentList,
    status: 200,
    example: {
      response: {
        totalResults: "100",
        currentPage: 0,
        items: [{ id: "d290f1ee-6c54-4b01-90e6-d701748f0851", name: "new_logo_mm", extension: "png", creationDate: "2022-08-21T17:32:28Z" }]
      }
    }
  }),
  "templateConfigurations.uploadDocument": documentsEndpoint({
    id: "templateConfigurations.uploadDocument",
    method: "POST",
    path: `${CONFIGURATIONS}/documents`,
    summary: "Upload an image for templates (JPEG or PNG)",
    query: configurationDocumentsQuery,
    body: uploadConfigurationDocumentBody,
    bodyKind: "multipart",
    multipart: contentUpload(uploadConfigurationDocumentFields, { description: "The image (JPEG or PNG)", contentTypes: ["image/png", "image/jpeg"] }),
    response: createdId,
    status: 200,
    example: {
      query: { page: "0", pageSize: "1", name: "my_logo", extension: "png" },
      body: { name: "new_logo", extension: "jpg" },
      response: { id: "d290f1ee-6c54-4b01-90e6-d701748f0851" }
    }
  }),
  "templateConfigurations.list": documentsEndpoint({
    id: "templateConfigurations.list",
    method: "GET",
    path: CONFIGURATIONS,
    summary: "List the versions of the tenant template configuration",
    query: pagedQuery,
    response: templateConfigurationList,
    status: 200,
    example: {
      query: { page: "0", pageSize: "1" },
      response: { totalResults: "100", currentPage: 0, configurations: [{ version: 1, changelog: "TEXT", creationDate: "2022-08-21T17:32:28Z" }] }
    }
  }),
  "templateConfigurations.create": documentsEndpoint({
    id: "templateConfigurations.create",
    method: "POST",
    path: CONFIGURATIONS,
    summary: "Create a new version of the tenant template configuration",
    body: createTemplateConfigurationBody,
    response: templateConfigurationCreated,
    status: 200,
    example: { body: { changelog: "TEXT", defaultLanguage: "ES", fieldValues: EXAMPLE_FIELD_VALUES }, response: { version: 1 } }
  }),
  "templateConfigurations.get": documentsEndpoint({
    id: "templateConfigurations.get",
    method: "GET",
    path: `${CONFIGURATIONS}/{version}`,
    summary: "One version of the tenant template configuration ('latest' for the newest)",
    params: versionParams2,
    response: templateConfiguration,
    status: 200,
    example: { params: { version: "1" }, response: { defaultLanguage: "ES", fieldValues: EXAMPLE_FIELD_VALUES } }
  }),
  "templateConfigurations.delete": documentsEndpoint({
    id: "templateConfigurations.delete",
    method: "DELETE",
    path: `${CONFIGURATIONS}/{version}`,
    summary: "Delete a version of the tenant template configuration",
    params: versionParams2,
    response: noBody,
    status: 204,
    example: { params: { version: "1" } }
  })
};

// src/core/catalogue/documents.ts
var documentsEndpoints = {
  ...storedDocumentsEndpoints,
  ...formsEndpoints,
  ...sectionsEndpoints,
  ...templateConfigurationsEndpoints,
  ...pdfTemplatesEndpoints,
  ...dynamicTemplatesEndpoints,
  ...signProcessesEndpoints,
  ...signaturesEndpoints,
  ...agentIdentificationsEndpoints,
  ...otpIdentificationsEndpoints,
  ...identityDocumentIdentificationsEndpoints,
  ...chainIdentificationsEndpoints,
  ...documentContractsEndpoints,
  ...scoringsEndpoints,
  ...securizeEndpoints
};

// src/sandbox/documents/seed.ts
var SEED_INVOICE_STRUCTURE = EXAMPLE_INVOICE_STRUCTURE;
var INVOICE_STRUCTURE_V2 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  properties: {
    INVOICE_NUMBER: { type: "string", pattern: "^F\\d{4}-\\d{6}$" },
    BILLING_PERIOD: { type: "string", pattern: "^\\d{4}-(0[1-9]|1[0-2])$" },
    CUSTOMER: {
      type: "object",
      properties: {
        DNI: { type: "string" },
        NAME: { type: "string" },
        EMAIL: { type: "string", format: "email" },
        ADDRESS: {
          type: "object",
          properties: {
            CITY: { type: "string" },
            COORDINATES: { type: "object", properties: { LATITUDE: { type: "number" }, LONGITUDE: { type: "number" } } }
          }
        }
      },
      required: ["DNI", "NAME"],
      additionalProperties: false
    },
    CONTRACT_DATE: { type: "string", format: "date-time" },
    PRODUCTS: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        properties: { NAME: { type: "string" }, PRICE: { type: "number" }, QUANTITY: { type: "integer", minimum: 1 } },
        required: ["NAME", "PRICE"]
      }
    },
    TOTAL_AMOUNT: { type: "number" },
    HAS_DISCOUNT: { type: "boolean" },
    DISCOUNT_AMOUNT: { type: "number" },
    PAYMENT_METHOD: { type: "string", enum: ["bank_transfer", "card", "mobile_payment"] },
    IBAN: { type: "string", pattern: "^ES\\d{22}$" },
    CARD_LAST_DIGITS: { type: "string", pattern: "^\\d{4}$" },
    MOBILE_PAYMENT_TYPE: { type: "string", enum: ["bizum", "wallet"] },
    MOBILE_PHONE: { type: "string" },
    MOBILE_WALLET_ID: { type: "string" }
  },
  required: ["INVOICE_NUMBER", "CUSTOMER", "PRODUCTS", "TOTAL_AMOUNT", "PAYMENT_METHOD"],
  additionalProperties: false,
  allOf: [
    { if: { properties: { HAS_DISCOUNT: { const: true } }, required: ["HAS_DISCOUNT"] }, then: { required: ["DISCOUNT_AMOUNT"] } },
    { if: { properties: { PAYMENT_METHOD: { const: "bank_transfer" } }, required: ["PAYMENT_METHOD"] }, then: { required: ["IBAN"] } },
    { if: { properties: { PAYMENT_METHOD: { const: "card" } }, required: ["PAYMENT_METHOD"] }, then: { required: ["CARD_LAST_DIGITS"] } },
    {
      if: { properties: { PAYMENT_METHOD: { const: "mobile_payment" } }, required: ["PAYMENT_METHOD"] },
      then: {
        required: ["MOBILE_PAYMENT_TYPE"],
        oneOf: [
          { properties: { MOBILE_PAYMENT_TYPE: { const: "bizum" } }, required: ["MOBILE_PHONE"] },
          { properties: { MOBILE_PAYMENT_TYPE: { const: "wallet" } }, required: ["MOBILE_WALLET_ID"] }
        ]
      }
    }
  ]
};
var MOBILE_CONTRACT_STRUCTURE = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  properties: {
    TIPO_CLIENTE: { type: "string", enum: ["particular", "autonomo", "empresa"] },
    TITULAR: {
      type: "object",
      properties: {
        NOMBRE: { type: "string", minLength: 1 },
        APELLIDOS: { type: "string" },
        TIPO_DOCUMENTO: { type: "string", enum: ["NIF", "NIE", "PASAPORTE"] },
        NUMERO_DOCUMENTO: { type: "string" },
        EMAIL: { type: "string", format: "email" },
        TELEFONO_CONTACTO: { type: "string", pattern: "^[6789]\\d{8}$" }
      },
      required: ["NOMBRE", "TIPO_DOCUMENTO", "NUMERO_DOCUMENTO"],
      additionalProperties: false
    },
    RAZON_SOCIAL: { type: "string" },
    CIF: { type: "string", pattern: "^[A-HJNP-SUVW]\\d{7}[0-9A-J]$" },
    LINEAS: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        properties: {
          MSISDN: { type: "string", pattern: "^[67]\\d{8}$" },
          TARIFA: { type: "string", enum: ["La Ilimitada", "La Sinf\xEDn 30GB", "La Infinita Fibra+M\xF3vil", "Prepago 10GB"] },
          ICCID: { type: "string", pattern: "^89\\d{17,18}$" },
          PORTABILIDAD: { type: "boolean" }
        },
        required: ["MSISDN", "TARIFA"]
      }
    },
    FECHA_ALTA: { type: "string", format: "date" },
    PERMANENCIA_MESES: { type: "integer", enum: [0, 12, 24] }
  },
  required: ["TIPO_CLIENTE", "TITULAR", "LINEAS", "FECHA_ALTA"],
  additionalProperties: false,
  allOf: [
    { if: { properties: { TIPO_CLIENTE: { const: "empresa" } }, required: ["TIPO_CLIENTE"] }, then: { required: ["RAZON_SOCIAL", "CIF"] } }
  ]
};
var PORTABILITY_PROPERTIES_V1 = {
  TITULAR: {
    type: "object",
    properties: { NOMBRE: { type: "string" }, NIF: { type: "string" } },
    required: ["NOMBRE", "NIF"]
  },
  MSISDN: { type: "string", pattern: "^[67]\\d{8}$" },
  OPERADOR_DONANTE: { type: "string", enum: ["Movistar", "Vodafone", "Orange", "Digi", "Lowi", "Otro"] },
  FECHA_SOLICITUD: { type: "string", format: "date-time" }
};
var PORTABILITY_STRUCTURE_V1 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  properties: PORTABILITY_PROPERTIES_V1,
  required: ["TITULAR", "MSISDN", "OPERADOR_DONANTE", "FECHA_SOLICITUD"],
  additionalProperties: false
};
var PORTABILITY_STRUCTURE_V2 = {
  ...PORTABILITY_STRUCTURE_V1,
  properties: {
    ...PORTABILITY_PROPERTIES_V1,
    MODALIDAD: { type: "string", enum: ["prepago", "postpago"] },
    ICCID: { type: "string", pattern: "^89\\d{17,18}$" },
    FECHA_VENTANA_CAMBIO: { type: "string", format: "date" }
  },
  required: ["TITULAR", "MSISDN", "OPERADOR_DONANTE", "MODALIDAD", "FECHA_SOLICITUD"],
  allOf: [{ if: { properties: { MODALIDAD: { const: "prepago" } }, required: ["MODALIDAD"] }, then: { required: ["ICCID"] } }]
};
var SEPA_STRUCTURE = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  properties: {
    REFERENCIA_MANDATO: { type: "string", maxLength: 35 },
    ACREEDOR: {
      type: "object",
      properties: { NOMBRE: { type: "string" }, IDENTIFICADOR: { type: "string" }, DIRECCION: { type: "string" } },
      required: ["NOMBRE", "IDENTIFICADOR"]
    },
    DEUDOR: {
      type: "object",
      properties: {
        NOMBRE: { type: "string" },
        IBAN: { type: "string", pattern: "^ES\\d{22}$" },
        BIC: { type: "string", pattern: "^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$" },
        DIRECCION: { type: "string" }
      },
      required: ["NOMBRE", "IBAN"]
    },
    TIPO_PAGO: { type: "string", enum: ["recurrente", "unico"] },
    FECHA_FIRMA: { type: "string", format: "date" },
    LUGAR_FIRMA: { type: "string" }
  },
  required: ["REFERENCIA_MANDATO", "ACREEDOR", "DEUDOR", "TIPO_PAGO", "FECHA_FIRMA"],
  additionalProperties: false
};
var FIBRE_CONTRACT_STRUCTURE = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  properties: {
    CLIENTE: {
      type: "object",
      properties: { NOMBRE: { type: "string" }, NIF: { type: "string" }, EMAIL: { type: "string", format: "email" } },
      required: ["NOMBRE", "NIF"]
    },
    DIRECCION_INSTALACION: {
      type: "object",
      properties: {
        CALLE: { type: "string" },
        NUMERO: { type: "string" },
        PISO: { type: "string" },
        CODIGO_POSTAL: { type: "string", pattern: "^(0[1-9]|[1-4]\\d|5[0-2])\\d{3}$" },
        MUNICIPIO: { type: "string" },
        PROVINCIA: { type: "string" }
      },
      required: ["CALLE", "NUMERO", "CODIGO_POSTAL", "MUNICIPIO"]
    },
    VELOCIDAD: { type: "string", enum: ["300Mb", "600Mb", "1Gb"] },
    FECHA_INSTALACION: { type: "string", format: "date" },
    CUOTA_MENSUAL: { type: "number", minimum: 0 }
  },
  required: ["CLIENTE", "DIRECCION_INSTALACION", "VELOCIDAD"],
  additionalProperties: false
};
var WELCOME_STRUCTURE = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  properties: {
    NOMBRE: { type: "string" },
    TARIFA: { type: "string" },
    FECHA_ACTIVACION: { type: "string", format: "date" },
    NUMERO_CLIENTE: { type: "string" }
  },
  required: ["NOMBRE", "TARIFA"],
  additionalProperties: false
};
var CSS = `<style>
    body { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 11pt; color: #222; }
    h1 { font-size: 18pt; margin-bottom: 4mm; }
    table { width: 100%; border-collapse: collapse; }
    th, td { border-bottom: 1px solid #ddd; padding: 2mm; text-align: left; }
    .importe { text-align: right; }
    .pie { font-size: 8pt; color: #666; margin-top: 10mm; }
  </style>`;
function invoiceHbs(l) {
  return `<!DOCTYPE html>
<html lang="${l.lang}">
<head>
  <meta charset="utf-8">
  ${CSS}
</head>
<body>
  <h1>${l.title}</h1>
  <section class="cliente">
    <h2>${l.customer}</h2>
    <p>{{CUSTOMER.NAME}} \u2014 {{CUSTOMER.DNI}}</p>
    {{#if CUSTOMER.EMAIL}}<p>{{CUSTOMER.EMAIL}}</p>{{/if}}
    {{#with CUSTOMER.ADDRESS}}<p>{{CITY}}</p>{{/with}}
    {{#if CONTRACT_DATE}}<p>{{CONTRACT_DATE}}</p>{{/if}}
  </section>
  <table>
    <thead><tr><th>${l.product}</th><th>${l.qty}</th><th class="importe">${l.price}</th></tr></thead>
    <tbody>
      {{#each PRODUCTS}}
      <tr><td>{{NAME}}</td><td>{{#if QUANTITY}}{{QUANTITY}}{{else}}1{{/if}}</td><td class="importe">{{PRICE}} \u20AC</td></tr>
      {{/each}}
    </tbody>
  </table>
  {{#if HAS_DISCOUNT}}<p>${l.discount}: -{{DISCOUNT_AMOUNT}} \u20AC</p>{{/if}}
  <p><strong>${l.total}: {{TOTAL_AMOUNT}} \u20AC</strong></p>
  <section class="pago">
    <h2>${l.payment}</h2>
    {{#if IBAN}}<p>${l.iban}: {{IBAN}}</p>{{/if}}
    {{#if CARD_LAST_DIGITS}}<p>${l.card} **** {{CARD_LAST_DIGITS}}</p>{{/if}}
    {{#if MOBILE_PAYMENT_TYPE}}<p>${l.mobile}: {{MOBILE_PAYMENT_TYPE}} {{MOBILE_PHONE}}{{MOBILE_WALLET_ID}}</p>{{/if}}
  </section>
  <p class="pie">${l.footer}</p>
</body>
</html>
`;
}
var INVOICE_ES = invoiceHbs({
  lang: "es",
  title: "Factura mensual",
  customer: "Datos del cliente",
  product: "Concepto",
  qty: "Cantidad",
  price: "Importe",
  total: "Total a pagar",
  discount: "Descuento aplicado",
  payment: "Forma de pago",
  iban: "Domiciliaci\xF3n bancaria en la cuenta",
  card: "Tarjeta terminada en",
  mobile: "Pago m\xF3vil",
  footer: "MasOrange, S.L. \u2014 Paseo del Club Deportivo 1, 28223 Pozuelo de Alarc\xF3n (Madrid). IVA incluido."
});
var INVOICE_EN = invoiceHbs({
  lang: "en",
  title: "Monthly invoice",
  customer: "Customer details",
  product: "Item",
  qty: "Quantity",
  price: "Amount",
  total: "Total due",
  discount: "Discount applied",
  payment: "Payment method",
  iban: "Direct debit to account",
  card: "Card ending in",
  mobile: "Mobile payment",
  footer: "MasOrange, S.L. \u2014 Paseo del Club Deportivo 1, 28223 Pozuelo de Alarc\xF3n (Madrid). VAT included."
});
var INVOICE_V2_ES = INVOICE_ES.replace("<h1>Factura mensual</h1>", "<h1>Factura n\xBA {{INVOICE_NUMBER}}</h1>\n  {{#if BILLING_PERIOD}}<p>Periodo de facturaci\xF3n: {{BILLING_PERIOD}}</p>{{/if}}");
var INVOICE_V2_EN = INVOICE_EN.replace("<h1>Monthly invoice</h1>", "<h1>Invoice no. {{INVOICE_NUMBER}}</h1>\n  {{#if BILLING_PERIOD}}<p>Billing period: {{BILLING_PERIOD}}</p>{{/if}}");
function mobileContractHbs(l) {
  return `<!DOCTYPE html>
<html lang="${l.lang}">
<head>
  <meta charset="utf-8">
  ${CSS}
</head>
<body>
  <h1>${l.title}</h1>
  <h2>${l.holder}</h2>
  <p>{{TITULAR.NOMBRE}} {{TITULAR.APELLIDOS}} \u2014 {{TITULAR.TIPO_DOCUMENTO}} {{TITULAR.NUMERO_DOCUMENTO}}</p>
  {{#if TITULAR.EMAIL}}<p>{{TITULAR.EMAIL}}</p>{{/if}}
  {{#if RAZON_SOCIAL}}<p>${l.company}: {{RAZON_SOCIAL}} ({{CIF}})</p>{{/if}}
  <h2>${l.lines}</h2>
  <table>
    <thead><tr><th>${l.number}</th><th>${l.plan}</th><th>ICCID</th><th>${l.portability}</th></tr></thead>
    <tbody>
      {{#each LINEAS}}
      <tr><td>{{MSISDN}}</td><td>{{TARIFA}}</td><td>{{ICCID}}</td><td>{{#if PORTABILIDAD}}\u2714{{/if}}</td></tr>
      {{/each}}
    </tbody>
  </table>
  <p>${l.date}: {{FECHA_ALTA}}</p>
  {{#if PERMANENCIA_MESES}}<p>${l.commitment}: {{PERMANENCIA_MESES}} ${l.months}</p>{{/if}}
  <p class="pie">${l.sign}</p>
</body>
</html>
`;
}
var MOBILE_ES = mobileContractHbs({
  lang: "es",
  title: "Contrato de alta de l\xEDnea m\xF3vil",
  holder: "Titular",
  company: "Empresa",
  lines: "L\xEDneas contratadas",
  number: "N\xFAmero",
  plan: "Tarifa",
  portability: "Portabilidad",
  date: "Fecha de alta",
  commitment: "Permanencia",
  months: "meses",
  sign: "El titular declara haber le\xEDdo y aceptado las condiciones generales del servicio."
});
var MOBILE_CA = mobileContractHbs({
  lang: "ca",
  title: "Contracte d'alta de l\xEDnia m\xF2bil",
  holder: "Titular",
  company: "Empresa",
  lines: "L\xEDnies contractades",
  number: "N\xFAmero",
  plan: "Tarifa",
  portability: "Portabilitat",
  date: "Data d'alta",
  commitment: "Perman\xE8ncia",
  months: "mesos",
  sign: "El titular declara haver llegit i acceptat les condicions generals del servei."
});
var MOBILE_EU = mobileContractHbs({
  lang: "eu",
  title: "Mugikor-linea alta kontratua",
  holder: "Titularra",
  company: "Enpresa",
  lines: "Kontratatutako lineak",
  number: "Zenbakia",
  plan: "Tarifa",
  portability: "Eramangarritasuna",
  date: "Alta data",
  commitment: "Iraunkortasuna",
  months: "hilabete",
  sign: "Titularrak zerbitzuaren baldintza orokorrak irakurri eta onartu dituela adierazten du."
});
function portabilityHbs(l, v2) {
  return `<!DOCTYPE html>
<html lang="${l.lang}">
<head>
  <meta charset="utf-8">
  ${CSS}
</head>
<body>
  <h1>${l.title}</h1>
  <p>${l.body}</p>
  <table>
    <tr><th>MSISDN</th><td>{{MSISDN}}</td></tr>
    <tr><th>${l.donor}</th><td>{{OPERADOR_DONANTE}}</td></tr>
${v2 ? `    <tr><th>${l.mode}</th><td>{{MODALIDAD}}{{#if ICCID}} \u2014 ICCID {{ICCID}}{{/if}}</td></tr>
` : ""}    <tr><th>${l.date}</th><td>{{FECHA_SOLICITUD}}</td></tr>
${v2 ? `    {{#if FECHA_VENTANA_CAMBIO}}<tr><th>${l.window}</th><td>{{FECHA_VENTANA_CAMBIO}}</td></tr>{{/if}}
` : ""}  </table>
</body>
</html>
`;
}
var PORTABILITY_ES_LABELS = {
  lang: "es",
  title: "Solicitud de portabilidad m\xF3vil",
  body: "D./D\xF1a. {{TITULAR.NOMBRE}}, con NIF {{TITULAR.NIF}}, solicita causar baja en su operador actual y conservar su n\xFAmero de tel\xE9fono.",
  donor: "Operador donante",
  mode: "Modalidad",
  date: "Fecha de solicitud",
  window: "Ventana de cambio"
};
var PORTABILITY_GL_LABELS = {
  lang: "gl",
  title: "Solicitude de portabilidade m\xF3bil",
  body: "D./Dna. {{TITULAR.NOMBRE}}, con NIF {{TITULAR.NIF}}, solicita causar baixa no seu operador actual e conservar o seu n\xFAmero de tel\xE9fono.",
  donor: "Operador doador",
  mode: "Modalidade",
  date: "Data de solicitude",
  window: "Xanela de cambio"
};
function sepaHbs(l) {
  return `<!DOCTYPE html>
<html lang="${l.lang}">
<head>
  <meta charset="utf-8">
  ${CSS}
</head>
<body>
  <h1>${l.title}</h1>
  <p>Ref.: {{REFERENCIA_MANDATO}}</p>
  <h2>${l.creditor}</h2>
  <p>{{ACREEDOR.NOMBRE}} \u2014 {{ACREEDOR.IDENTIFICADOR}}<br>{{ACREEDOR.DIRECCION}}</p>
  <h2>${l.debtor}</h2>
  <p>{{DEUDOR.NOMBRE}}<br>IBAN {{DEUDOR.IBAN}}{{#if DEUDOR.BIC}} \xB7 BIC {{DEUDOR.BIC}}{{/if}}</p>
  <p>${l.kind}: {{TIPO_PAGO}}</p>
  <p class="pie">${l.text}</p>
  <p>${l.place}: {{LUGAR_FIRMA}}, {{FECHA_FIRMA}}</p>
</body>
</html>
`;
}
var SEPA_ES = sepaHbs({
  lang: "es",
  title: "Orden de domiciliaci\xF3n de adeudo directo SEPA",
  text: "Mediante la firma de esta orden, el deudor autoriza al acreedor a enviar instrucciones a su entidad para adeudar su cuenta.",
  creditor: "Acreedor",
  debtor: "Deudor",
  kind: "Tipo de pago",
  place: "Lugar y fecha de firma"
});
var SEPA_EN = sepaHbs({
  lang: "en",
  title: "SEPA Direct Debit Mandate",
  text: "By signing this mandate form, you authorise the creditor to send instructions to your bank to debit your account.",
  creditor: "Creditor",
  debtor: "Debtor",
  kind: "Type of payment",
  place: "Place and date of signature"
});
var FIBRE_ES = `<!DOCTYPE html>
<html lang="es">
<head>
  <meta charset="utf-8">
  ${CSS}
</head>
<body>
  <h1>Contrato de fibra Yoigo</h1>
  <p>Cliente: {{CLIENTE.NOMBRE}} ({{CLIENTE.NIF}})</p>
  {{#with DIRECCION_INSTALACION}}
  <p>Direcci\xF3n de instalaci\xF3n: {{CALLE}} {{NUMERO}}{{#if PISO}}, {{PISO}}{{/if}} \u2014 {{CODIGO_POSTAL}} {{MUNICIPIO}}{{#if PROVINCIA}} ({{PROVINCIA}}){{/if}}</p>
  {{/with}}
  <p>Velocidad contratada: {{VELOCIDAD}} sim\xE9tricos</p>
  {{#if FECHA_INSTALACION}}<p>Fecha prevista de instalaci\xF3n: {{FECHA_INSTALACION}}</p>{{/if}}
  {{#if CUOTA_MENSUAL}}<p>Cuota mensual: {{CUOTA_MENSUAL}} \u20AC (IVA incluido)</p>{{/if}}
  <p class="pie">Xfera M\xF3viles, S.A.U. \u2014 Sin permanencia.</p>
</body>
</html>
`;
function welcomeHbs(l) {
  return `<!DOCTYPE html>
<html lang="${l.lang}">
<head>
  <meta charset="utf-8">
  ${CSS}
</head>
<body>
  <h1>${l.hello}, {{NOMBRE}}</h1>
  <p>${l.body} <strong>{{TARIFA}}</strong>.</p>
  {{#if FECHA_ACTIVACION}}<p>${l.since} {{FECHA_ACTIVACION}}.</p>{{/if}}
  {{#if NUMERO_CLIENTE}}<p>N\xBA cliente: {{NUMERO_CLIENTE}}</p>{{/if}}
</body>
</html>
`;
}
var SUBJECT_MM = "plantillas@masorange.es";
var SUBJECT_YG = "plantillas@yoigo.com";
function seedTemplates() {
  return {
    masmovil: [
      {
        externalId: "factura_mensual",
        versions: [
          {
            version: "1.0",
            description: "Factura mensual de servicios de telecomunicaciones.",
            defaultLanguage: "ES",
            tags: ["factura", "mensual"],
            creationDate: "2025-03-03T09:15:00Z",
            structure: SEED_INVOICE_STRUCTURE,
            engineVersion: "3.12",
            sources: { ES: INVOICE_ES },
            changelog: "Versi\xF3n inicial.",
            subject: SUBJECT_MM
          },
          {
            version: "1.1",
            description: "Factura mensual de servicios de telecomunicaciones (ES/EN).",
            defaultLanguage: "ES",
            tags: ["factura", "mensual", "multi-idioma"],
            creationDate: "2025-05-12T11:30:00Z",
            structure: SEED_INVOICE_STRUCTURE,
            engineVersion: "3.12",
            sources: { ES: INVOICE_ES, EN: INVOICE_EN },
            changelog: "A\xF1adido soporte para ingl\xE9s.",
            subject: SUBJECT_MM
          },
          {
            version: "2.0",
            description: "Factura mensual con n\xFAmero de factura y reglas de pago corregidas.",
            defaultLanguage: "ES",
            tags: ["factura", "mensual", "multi-idioma"],
            creationDate: "2025-10-01T15:00:00Z",
            structure: INVOICE_STRUCTURE_V2,
            engineVersion: "3.14",
            sources: { ES: INVOICE_V2_ES, EN: INVOICE_V2_EN },
            changelog: "Versi\xF3n Mayor: a\xF1adido n\xFAmero de factura; corregidas las claves requeridas del cliente y la regla de transferencia bancaria.",
            subject: SUBJECT_MM
          }
        ]
      },
      {
        externalId: "contrato_alta_movil",
        versions: [
          {
            version: "1.0",
            description: "Contrato de alta de l\xEDneas m\xF3viles para particulares y empresas.",
            defaultLanguage: "ES",
            tags: ["contrato", "movil"],
            creationDate: "2025-04-07T08:00:00Z",
            structure: MOBILE_CONTRACT_STRUCTURE,
            engineVersion: "3.12",
            sources: { ES: MOBILE_ES },
            changelog: "Versi\xF3n inicial.",
            subject: SUBJECT_MM
          },
          {
            version: "1.1",
            description: "Contrato de alta de l\xEDneas m\xF3viles para particulares y empresas.",
            defaultLanguage: "ES",
            tags: ["contrato", "movil", "multi-idioma"],
            creationDate: "2025-06-18T10:45:00Z",
            structure: MOBILE_CONTRACT_STRUCTURE,
            engineVersion: "3.12",
            sources: { ES: MOBILE_ES, CA: MOBILE_CA },
            changelog: "A\xF1adido soporte para catal\xE1n.",
            subject: SUBJECT_MM
          },
          {
            version: "1.2",
            description: "Contrato de alta de l\xEDneas m\xF3viles para particulares y empresas.",
            defaultLanguage: "ES",
            tags: ["contrato", "movil", "multi-idioma"],
            creationDate: "2025-09-02T12:10:00Z",
            structure: MOBILE_CONTRACT_STRUCTURE,
            engineVersion: "3.14",
            sources: { ES: MOBILE_ES, CA: MOBILE_CA, EU: MOBILE_EU },
            changelog: "A\xF1adido soporte para euskera.",
            subject: SUBJECT_MM
          }
        ]
      },
      {
        externalId: "autorizacion_portabilidad",
        versions: [
          {
            version: "1.0",
            description: "Autorizaci\xF3n de portabilidad de n\xFAmero m\xF3vil.",
            defaultLanguage: "ES",
            tags: ["portabilidad"],
            creationDate: "2025-02-10T09:00:00Z",
            structure: PORTABILITY_STRUCTURE_V1,
            engineVersion: "3.10",
            sources: { ES: portabilityHbs(PORTABILITY_ES_LABELS, false) },
            changelog: "Versi\xF3n inicial.",
            subject: SUBJECT_MM
          },
          {
            version: "2.0",
            description: "Autorizaci\xF3n de portabilidad con modalidad prepago/postpago.",
            defaultLanguage: "ES",
            tags: ["portabilidad", "prepago"],
            creationDate: "2025-07-21T14:20:00Z",
            structure: PORTABILITY_STRUCTURE_V2,
            engineVersion: "3.12",
            sources: { ES: portabilityHbs(PORTABILITY_ES_LABELS, true) },
            changelog: "Versi\xF3n Mayor: la modalidad es obligatoria y el ICCID se exige en prepago.",
            subject: SUBJECT_MM
          },
          {
            version: "2.1",
            description: "Autorizaci\xF3n de portabilidad con modalidad prepago/postpago.",
            defaultLanguage: "ES",
            tags: ["portabilidad", "prepago"],
            creationDate: "2025-08-04T16:05:00Z",
            structure: PORTABILITY_STRUCTURE_V2,
            engineVersion: "3.12",
            sources: { ES: portabilityHbs(PORTABILITY_ES_LABELS, true), GL: portabilityHbs(PORTABILITY_GL_LABELS, true) },
            changelog: "A\xF1adido soporte para gallego.",
            subject: SUBJECT_MM
          }
        ]
      },
      {
        externalId: "mandato_sepa",
        versions: [
          {
            version: "1.0",
            description: "Orden de domiciliaci\xF3n SEPA (core).",
            defaultLanguage: "ES",
            tags: ["sepa", "pagos"],
            creationDate: "2025-01-20T10:00:00Z",
            structure: SEPA_STRUCTURE,
            engineVersion: "3.10",
            sources: { ES: SEPA_ES, EN: SEPA_EN },
            changelog: "Versi\xF3n inicial.",
            subject: SUBJECT_MM
          }
        ]
      }
    ],
    yoigo: [
      {
        externalId: "contrato_fibra",
        versions: [
          {
            version: "1.0",
            description: "Contrato de fibra \xF3ptica Yoigo.",
            defaultLanguage: "ES",
            tags: ["contrato", "fibra"],
            creationDate: "2025-05-05T09:30:00Z",
            structure: FIBRE_CONTRACT_STRUCTURE,
            engineVersion: "3.12",
            sources: { ES: FIBRE_ES },
            changelog: "Versi\xF3n inicial.",
            subject: SUBJECT_YG
          },
          {
            version: "1.1",
            description: "Contrato de fibra \xF3ptica Yoigo (texto revisado).",
            defaultLanguage: "ES",
            tags: ["contrato", "fibra"],
            creationDate: "2025-08-25T13:00:00Z",
            structure: FIBRE_CONTRACT_STRUCTURE,
            engineVersion: "3.14",
            sources: { ES: FIBRE_ES.replace("Sin permanencia.", "Sin permanencia. Precios con IVA.") },
            changelog: "Revisado el pie legal.",
            subject: SUBJECT_YG
          }
        ]
      },
      {
        externalId: "bienvenida_cliente",
        versions: [
          {
            version: "1.0",
            description: "Carta de bienvenida para nuevos clientes.",
            defaultLanguage: "ES",
            tags: ["bienvenida"],
            creationDate: "2025-06-01T08:00:00Z",
            structure: WELCOME_STRUCTURE,
            engineVersion: "3.12",
            sources: {
              ES: welcomeHbs({ lang: "es", hello: "\xA1Hola", body: "Bienvenido a Yoigo. Ya tienes activa tu tarifa", since: "Tu servicio est\xE1 activo desde el" }),
              EN: welcomeHbs({ lang: "en", hello: "Hi", body: "Welcome to Yoigo. Your plan is now active:", since: "Your service has been active since" })
            },
            changelog: "Versi\xF3n inicial.",
            subject: SUBJECT_YG
          }
        ]
      }
    ]
  };
}

// src/core/json/canonical.ts
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === void 0 ? null : v)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a2], [b2]) => a2 < b2 ? -1 : a2 > b2 ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function isJsonObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/core/json/pointer.ts
function parsePointer(pointer) {
  if (pointer === "" || pointer === "#") return [];
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  return body.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// src/core/schema/navigate.ts
function escape(s) {
  return s.replace(/~/g, "~0").replace(/\//g, "~1");
}
function schemaAtPointer(root, pointer) {
  let node2 = root;
  for (const seg of parsePointer(pointer)) {
    if (Array.isArray(node2)) node2 = /^\d+$/.test(seg) ? node2[Number(seg)] : void 0;
    else if (isJsonObject(node2) && Object.prototype.hasOwnProperty.call(node2, seg)) node2 = node2[seg];
    else return void 0;
  }
  return node2;
}
function resolveRef(root, ref) {
  if (ref === "#" || ref === "") return { schema: root, pointer: "" };
  if (ref.startsWith("#/")) {
    let pointer;
    try {
      pointer = decodeURIComponent(ref.slice(1));
    } catch {
      return void 0;
    }
    const schema = schemaAtPointer(root, pointer);
    return schema === void 0 ? void 0 : { schema, pointer };
  }
  const anchor2 = ref.startsWith("#") ? ref.slice(1) : void 0;
  let found;
  visitSchemas(root, (node2, pointer) => {
    if (found) return;
    if (anchor2 !== void 0 ? node2["$anchor"] === anchor2 || node2["$dynamicAnchor"] === anchor2 : node2["$id"] === ref) found = { schema: node2, pointer };
  });
  return found;
}
var SUBSCHEMA_OBJECTS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
var SUBSCHEMA_ARRAYS = ["allOf", "anyOf", "oneOf", "prefixItems"];
var SUBSCHEMA_SINGLE = ["not", "if", "then", "else", "items", "contains", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "propertyNames"];
function visitSchemas(root, visit, pointer = "", depth = 0) {
  if (!isJsonObject(root) || depth > 256) return;
  visit(root, pointer);
  for (const k of SUBSCHEMA_OBJECTS) {
    const m = root[k];
    if (isJsonObject(m)) for (const [name, sub] of Object.entries(m)) visitSchemas(sub, visit, `${pointer}/${k}/${escape(name)}`, depth + 1);
  }
  for (const k of SUBSCHEMA_ARRAYS) {
    const a2 = root[k];
    if (Array.isArray(a2)) a2.forEach((sub, i) => visitSchemas(sub, visit, `${pointer}/${k}/${i}`, depth + 1));
  }
  for (const k of SUBSCHEMA_SINGLE) visitSchemas(root[k], visit, `${pointer}/${k}`, depth + 1);
}
function inPlace(root, schema, pointer, applies = "always", seen = /* @__PURE__ */ new Set()) {
  if (!isJsonObject(schema) || seen.has(schema)) return [];
  seen.add(schema);
  const out = [{ schema, pointer, applies }];
  const weaker = (a2) => applies === "always" ? a2 : applies === "alternative" || a2 === "alternative" ? "alternative" : "conditional";
  for (const key of ["$ref", "$dynamicRef"]) {
    const ref = schema[key];
    if (typeof ref !== "string") continue;
    const target = resolveRef(root, ref);
    if (target) out.push(...inPlace(root, target.schema, target.pointer, applies, seen));
  }
  const all = schema["allOf"];
  if (Array.isArray(all)) all.forEach((s, i) => out.push(...inPlace(root, s, `${pointer}/allOf/${i}`, applies, seen)));
  for (const key of ["then", "else"]) out.push(...inPlace(root, schema[key], `${pointer}/${key}`, weaker("conditional"), seen));
  const dep = schema["dependentSchemas"];
  if (isJsonObject(dep)) for (const [k, s] of Object.entries(dep)) out.push(...inPlace(root, s, `${pointer}/dependentSchemas/${escape(k)}`, weaker("conditional"), seen));
  for (const key of ["oneOf", "anyOf"]) {
    const branches = schema[key];
    if (Array.isArray(branches)) branches.forEach((s, i) => out.push(...inPlace(root, s, `${pointer}/${key}/${i}`, weaker("alternative"), seen)));
  }
  return out;
}
function patternMatches(pattern, key) {
  try {
    return new RegExp(pattern, "u").test(key);
  } catch {
    return false;
  }
}
function childSchemas(root, parents, segment) {
  const out = [];
  for (const p of parents) {
    const s = p.schema;
    let matched = false;
    const props = s["properties"];
    if (isJsonObject(props) && Object.prototype.hasOwnProperty.call(props, segment)) {
      out.push(...inPlace(root, props[segment], `${p.pointer}/properties/${escape(segment)}`, p.applies));
      matched = true;
    }
    const patterns = s["patternProperties"];
    if (isJsonObject(patterns)) {
      for (const [re, sub] of Object.entries(patterns)) {
        if (patternMatches(re, segment)) {
          out.push(...inPlace(root, sub, `${p.pointer}/patternProperties/${escape(re)}`, p.applies));
          matched = true;
        }
      }
    }
    if (!matched && isJsonObject(s["additionalProperties"])) out.push(...inPlace(root, s["additionalProperties"], `${p.pointer}/additionalProperties`, p.applies));
    if (/^\d+$/.test(segment)) {
      const index = Number(segment);
      const prefix = s["prefixItems"];
      if (Array.isArray(prefix) && index < prefix.length) out.push(...inPlace(root, prefix[index], `${p.pointer}/prefixItems/${index}`, p.applies));
      else out.push(...inPlace(root, s["items"], `${p.pointer}/items`, p.applies));
    }
  }
  return out;
}
function declaredProperties(applied) {
  const out = [];
  for (const a2 of applied) {
    const props = a2.schema["properties"];
    if (isJsonObject(props)) {
      for (const k of Object.keys(props)) if (!out.includes(k)) out.push(k);
    }
  }
  return out;
}
function alwaysRequired(applied) {
  const out = [];
  for (const a2 of applied) {
    if (a2.applies !== "always") continue;
    const req = a2.schema["required"];
    if (Array.isArray(req)) {
      for (const k of req) if (typeof k === "string" && !out.includes(k)) out.push(k);
    }
  }
  return out;
}
function declaredTypes(applied) {
  for (const a2 of applied) {
    if (a2.applies !== "always") continue;
    const t2 = a2.schema["type"];
    if (typeof t2 === "string") return [t2];
    if (Array.isArray(t2)) return t2.filter((x) => typeof x === "string");
  }
  return [];
}

// src/core/schema/diff.ts
var LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];
var UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];
var MAX_DEPTH = 32;
function firstAlways(applied, key) {
  for (const a2 of applied) if (a2.applies === "always" && key in a2.schema) return a2.schema[key];
  return void 0;
}
function enumValues(applied) {
  const e = firstAlways(applied, "enum");
  return Array.isArray(e) ? e : void 0;
}
function closed(applied) {
  return applied.some((a2) => a2.applies === "always" && (a2.schema["additionalProperties"] === false || a2.schema["unevaluatedProperties"] === false));
}
function rules(applied) {
  const parts = applied.filter((a2) => a2.applies === "always").map((a2) => ({ if: a2.schema["if"], then: a2.schema["then"], else: a2.schema["else"], oneOf: a2.schema["oneOf"], anyOf: a2.schema["anyOf"], dependentRequired: a2.schema["dependentRequired"], dependentSchemas: a2.schema["dependentSchemas"], not: a2.schema["not"] })).filter((r) => Object.values(r).some((v) => v !== void 0));
  return canonicalJson(parts);
}
function show(v) {
  return JSON.stringify(v) ?? String(v);
}
function push(ctx, path, kind, breaking, message, before, after) {
  ctx.out.push({
    path: path.length ? path.join(".").replace(/\.\[\]/g, "[]") : "(root)",
    pointer: path.map((p) => `/${p === "[]" ? "0" : p.replace(/~/g, "~0").replace(/\//g, "~1")}`).join(""),
    kind,
    breaking,
    message,
    ...before !== void 0 ? { before } : {},
    ...after !== void 0 ? { after } : {}
  });
}
function compareValue(ctx, path, a2, b2, depth) {
  const { l10n } = ctx;
  const ta = declaredTypes(a2);
  const tb = declaredTypes(b2);
  const norm = (t2) => t2.includes("number") ? [...t2, "integer"] : t2;
  if (canonicalJson([...ta].sort()) !== canonicalJson([...tb].sort())) {
    const narrowed = tb.length > 0 && (ta.length === 0 || ta.some((t2) => !norm(tb).includes(t2)));
    push(ctx, path, "type", narrowed, narrowed ? l10n.t("type changed from {0} to {1}: values of the old type no longer pass", ta.join(" | ") || l10n.t("any"), tb.join(" | ")) : l10n.t("type widened from {0} to {1}", ta.join(" | "), tb.join(" | ") || l10n.t("any")), ta, tb);
  }
  const ca = firstAlways(a2, "const");
  const cb = firstAlways(b2, "const");
  if (canonicalJson(ca) !== canonicalJson(cb)) push(ctx, path, "const", cb !== void 0, cb !== void 0 ? l10n.t("must now be {0}", show(cb)) : l10n.t("no longer has to be {0}", show(ca)), ca, cb);
  const ea = enumValues(a2);
  const eb = enumValues(b2);
  if (canonicalJson(ea) !== canonicalJson(eb)) {
    const removed = eb ? (ea ?? []).filter((v) => !eb.some((w) => canonicalJson(w) === canonicalJson(v))) : [];
    const added = ea ? (eb ?? []).filter((v) => !ea.some((w) => canonicalJson(w) === canonicalJson(v))) : [];
    const breaking = eb !== void 0 && (ea === void 0 || removed.length > 0);
    const parts = [removed.length ? l10n.t("removed {0}", removed.map(show).join(", ")) : "", added.length ? l10n.t("added {0}", added.map(show).join(", ")) : "", !ea ? l10n.t("now limited to {0}", (eb ?? []).map(show).join(", ")) : "", !eb ? l10n.t("no longer limited") : ""].filter(Boolean);
    push(ctx, path, "enum", breaking, l10n.t("allowed values changed: {0}", parts.join("; ")), ea, eb);
  }
  for (const key of ["format", "pattern"]) {
    const va = firstAlways(a2, key);
    const vb = firstAlways(b2, key);
    if (va === vb) continue;
    const message = vb === void 0 ? l10n.t("{0} {1} removed", key, show(va)) : va === void 0 ? l10n.t("{0} {1} added: existing values may not match", key, show(vb)) : l10n.t("{0} changed from {1} to {2}", key, show(va), show(vb));
    push(ctx, path, key, vb !== void 0, message, va, vb);
  }
  for (const key of [...LOWER_BOUNDS, ...UPPER_BOUNDS]) {
    const va = firstAlways(a2, key);
    const vb = firstAlways(b2, key);
    if (va === vb || typeof va !== "number" && typeof vb !== "number") continue;
    const lower = LOWER_BOUNDS.includes(key);
    const tighter = typeof vb === "number" && (typeof va !== "number" || (lower ? vb > va : vb < va));
    push(ctx, path, "bounds", tighter, tighter ? l10n.t("{0} tightened from {1} to {2}", key, va === void 0 ? l10n.t("none") : show(va), show(vb)) : l10n.t("{0} loosened from {1} to {2}", key, show(va), vb === void 0 ? l10n.t("none") : show(vb)), va, vb);
  }
  if (depth >= MAX_DEPTH) return;
  compareObject(ctx, path, a2, b2, depth);
  const ia = childSchemas(ctx.a, a2, "0");
  const ib = childSchemas(ctx.b, b2, "0");
  const arrays = ta.includes("array") || tb.includes("array") || a2.some((x) => "items" in x.schema) || b2.some((x) => "items" in x.schema);
  if (arrays && (ia.length || ib.length)) compareValue(ctx, [...path, "[]"], ia, ib, depth + 1);
}
function compareObject(ctx, path, a2, b2, depth) {
  const { l10n } = ctx;
  const pa = declaredProperties(a2);
  const pb = declaredProperties(b2);
  const ra = alwaysRequired(a2);
  const rb = alwaysRequired(b2);
  const closedB = closed(b2);
  if (!closed(a2) && closedB) push(ctx, path, "closed", true, l10n.t("no longer accepts undeclared fields (additionalProperties: false)"));
  if (closed(a2) && !closedB && (pa.length || pb.length)) push(ctx, path, "opened", false, l10n.t("now accepts undeclared fields"));
  if (rules(a2) !== rules(b2)) push(ctx, path, "rules", true, l10n.t("conditional rules changed (if/then/else, oneOf, anyOf, dependentRequired): data may now meet a different rule"));
  for (const key of pb) {
    if (pa.includes(key)) continue;
    const req = rb.includes(key);
    push(ctx, [...path, key], "added", req, req ? l10n.t("new required field: existing fill data lacks it") : l10n.t("new optional field"));
  }
  for (const key of pa) {
    if (pb.includes(key)) continue;
    push(ctx, [...path, key], "removed", closedB, closedB ? l10n.t("field removed, and undeclared fields are refused: data that has it no longer passes") : l10n.t("field removed (data that has it still passes, unchecked)"));
  }
  for (const key of pa) {
    if (!pb.includes(key)) continue;
    if (!ra.includes(key) && rb.includes(key)) push(ctx, [...path, key], "required", true, l10n.t("now required: data without it no longer passes"));
    if (ra.includes(key) && !rb.includes(key)) push(ctx, [...path, key], "optional", false, l10n.t("no longer required"));
    compareValue(ctx, [...path, key], childSchemas(ctx.a, a2, key), childSchemas(ctx.b, b2, key), depth + 1);
  }
  for (const key of rb) if (!ra.includes(key) && !pb.includes(key) && !pa.includes(key)) push(ctx, [...path, key], "required", true, l10n.t("now required: data without it no longer passes"));
  for (const key of ra) if (!rb.includes(key) && !pa.includes(key) && !pb.includes(key)) push(ctx, [...path, key], "optional", false, l10n.t("no longer required"));
}
function diffStructures(a2, b2, l10n = english) {
  const ctx = { a: a2, b: b2, out: [], l10n };
  if (!isJsonObject(a2) || !isJsonObject(b2)) return ctx.out;
  compareValue(ctx, [], inPlace(a2, a2, ""), inPlace(b2, b2, ""), 0);
  return ctx.out;
}

// .tmp/diff.ts
var t = seedTemplates()["masmovil"].find((t2) => t2.externalId === "factura_mensual");
console.log(t.versions.map((v) => v.version));
var a = t.versions[t.versions.length - 2].structure;
var b = t.versions[t.versions.length - 1].structure;
for (const c of diffStructures(a, b)) console.log(c.breaking ? "BREAK" : "     ", c.kind.padEnd(8), c.path.padEnd(30), c.message);
