/**
 * Size and character limits on every text and list a client sends through GraphQL (issue 7,
 * item 10), applied to each field that takes arguments before its resolver runs, so a refused
 * input writes nothing. Texts are normalised to NFC (the same Vietnamese name typed on two
 * keyboards is the same name) and refused when they carry invisible or reordering characters
 * (safe-text.ts). The limits keep every stored text inside its column on MySQL (VARCHAR(n), TEXT
 * = 65,535 bytes, i.e. 16,383 four-byte characters) instead of an INTERNAL_SERVER_ERROR there and
 * a silently stored megabyte on SQLite.
 *
 * Limits come from the argument or input field's name (the schema's vocabulary is small and
 * consistent), with a few per input type; anything unnamed gets the defaults.
 */
import {
  defaultFieldResolver,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badInput } from '../errors/app-error';
import { firstUnsafeCharacter, textProblem } from '../text/safe-text';

/** Any text without a limit of its own: fits a TEXT column even in four-byte characters. */
export const DEFAULT_MAX_TEXT = 10_000;
/** Any list without a limit of its own. */
export const DEFAULT_MAX_LIST = 1_000;
/** Notes, reasons, explanations, causes and solutions. */
export const MAX_NOTE = 4_000; // the score sheet's own rule for a leaf's note
/** Evidence items per leaf: 20 items of at most 600 characters stay inside one TEXT column. */
export const MAX_EVIDENCE_ITEMS = 20;
const MAX_ID = 128;
const MAX_PASSWORD = 256;

interface TextRule {
  max: number;
  singleLine?: boolean;
  /** Passwords (compared byte for byte with what was hashed) and encoded files: neither normalised nor filtered. */
  raw?: boolean;
}

const TEXT_RULES: Record<string, TextRule> = {
  name: { max: 255, singleLine: true },
  fullName: { max: 255, singleLine: true },
  username: { max: 128, singleLine: true },
  code: { max: 64, singleLine: true },
  subtype: { max: 32, singleLine: true },
  labelVi: { max: 255, singleLine: true },
  labelEn: { max: 255, singleLine: true },
  issuer: { max: 255, singleLine: true },
  documentNumber: { max: 100, singleLine: true },
  fileName: { max: 255, singleLine: true },
  declaredValue: { max: 255, singleLine: true },
  search: { max: 255, singleLine: true },
  title: { max: 1_000 },
  note: { max: MAX_NOTE },
  reason: { max: MAX_NOTE },
  explanation: { max: MAX_NOTE },
  cause: { max: MAX_NOTE },
  solution: { max: MAX_NOTE },
  // A workbook as base64: the gateway's 2 MB body limit bounds it; not text, so not normalised.
  base64: { max: 3_000_000, raw: true },
  password: { max: MAX_PASSWORD, raw: true },
  currentPassword: { max: MAX_PASSWORD, raw: true },
  newPassword: { max: MAX_PASSWORD, raw: true },
  'EvidenceInput.title': { max: 300, singleLine: true },
  'EvidenceInput.issuer': { max: 200, singleLine: true },
};

const LIST_LIMITS: Record<string, number> = {
  evidence: MAX_EVIDENCE_ITEMS,
  supplementaryEvidence: MAX_EVIDENCE_ITEMS,
};

/** What an official sees the field called. */
const LABELS: Record<string, string> = {
  name: 'Tên',
  fullName: 'Họ và tên',
  username: 'Tên đăng nhập',
  code: 'Mã',
  subtype: 'Loại đơn vị',
  issuer: 'Cơ quan ban hành',
  documentNumber: 'Số ký hiệu văn bản',
  title: 'Tiêu đề / trích yếu',
  note: 'Ghi chú',
  reason: 'Lý do',
  explanation: 'Nội dung giải trình',
  cause: 'Nguyên nhân',
  solution: 'Giải pháp',
  evidence: 'Danh sách minh chứng',
  supplementaryEvidence: 'Danh sách minh chứng bổ sung',
  declaredValue: 'Giá trị kê khai',
};

const label = (field: string) => LABELS[field] ?? `Trường "${field}"`;
const formatCount = (n: number) => n.toLocaleString('vi-VN');

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function checkText(value: string, rule: TextRule, field: string, path: string): string {
  if (rule.raw) {
    if (value.length > rule.max)
      throw badInput(
        `${label(field)} quá dài (tối đa ${formatCount(rule.max)} ký tự).`,
        `${field} is too long (at most ${rule.max} characters).`,
        {
          argument: path,
          reason: 'TOO_LONG',
          maxLength: rule.max,
        },
      );
    return value;
  }
  // Printable ASCII (ids, codes, numbers, dates: most of what a sheet save sends) is already NFC and
  // holds no refused character or line break: only its length can be wrong.
  if (value.length <= rule.max && PRINTABLE_ASCII.test(value)) return value;
  // Length is checked on the raw value first, so normalising a huge text costs nothing.
  const normalised = value.length > rule.max * 4 ? value : value.normalize('NFC');
  const problem = textProblem(normalised, { maxLength: rule.max, singleLine: rule.singleLine });
  if (problem === 'TOO_LONG')
    throw badInput(
      `${label(field)} quá dài: ${formatCount(normalised.length)} ký tự, tối đa ${formatCount(rule.max)} ký tự. Hãy rút gọn hoặc đưa nội dung dài vào tệp minh chứng.`,
      `${field} is too long: ${normalised.length} characters, at most ${rule.max}.`,
      { argument: path, reason: 'TOO_LONG', maxLength: rule.max },
    );
  if (problem === 'LINE_BREAK')
    throw badInput(`${label(field)} phải nằm trên một dòng (không xuống dòng, không ký tự tab).`, `${field} must be a single line.`, {
      argument: path,
      reason: 'LINE_BREAK',
    });
  if (problem === 'UNSAFE_CHARACTER') {
    const character = firstUnsafeCharacter(normalised);
    throw badInput(
      `${label(field)} chứa ký tự điều khiển hoặc ký tự ẩn (${character}), thường do sao chép từ văn bản khác; hãy gõ lại nội dung.`,
      `${field} contains a control or invisible character (${character}); type it again.`,
      { argument: path, reason: 'UNSAFE_CHARACTER', character },
    );
  }
  return normalised;
}

const inputFields = new WeakMap<GraphQLInputObjectType, [string, GraphQLInputField][]>();

/** An input type's fields as a list, made once per type (not for each of a save's 77 entries). */
function fieldsOf(type: GraphQLInputObjectType): [string, GraphQLInputField][] {
  let fields = inputFields.get(type);
  if (!fields) inputFields.set(type, (fields = Object.entries(type.getFields())));
  return fields;
}

/** Checks one value against its type; returns the value to resolve with (texts in NFC). */
function checkValue(value: unknown, type: GraphQLInputType, field: string, owner: string, path: string): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return checkValue(value, type.ofType, field, owner, path);
  if (isListType(type)) {
    if (!Array.isArray(value)) return checkValue(value, type.ofType, field, owner, path);
    const max = LIST_LIMITS[`${owner}.${field}`] ?? LIST_LIMITS[field] ?? DEFAULT_MAX_LIST;
    if (value.length > max)
      throw badInput(
        `${label(field)} có ${formatCount(value.length)} mục, tối đa ${formatCount(max)} mục.`,
        `${field} has ${value.length} items, at most ${max}.`,
        { argument: path, reason: 'TOO_MANY_ITEMS', maxItems: max },
      );
    for (let i = 0; i < value.length; i++) value[i] = checkValue(value[i], type.ofType, field, owner, `${path}[${i}]`);
    return value;
  }
  if (isInputObjectType(type)) {
    const object = value as Record<string, unknown>;
    for (const [name, inputField] of fieldsOf(type)) {
      if (object[name] !== undefined) object[name] = checkValue(object[name], inputField.type, name, type.name, `${path}.${name}`);
    }
    return object;
  }
  if (isScalarType(type) && typeof value === 'string') {
    if (type.name === 'ID') return checkText(value, { max: MAX_ID, singleLine: true }, field, path);
    if (type.name === 'String')
      return checkText(value, TEXT_RULES[`${owner}.${field}`] ?? TEXT_RULES[field] ?? { max: DEFAULT_MAX_TEXT }, field, path);
  }
  return value; // enums, numbers, and scalars with parsers of their own (dates, decimals)
}

export function checkArguments(definitions: readonly GraphQLArgument[], args: Record<string, unknown>, owner: string): void {
  for (const argument of definitions) {
    if (args[argument.name] !== undefined)
      args[argument.name] = checkValue(args[argument.name], argument.type, argument.name, owner, argument.name);
  }
}

/**
 * Wraps the resolver of every field that takes arguments (fields without arguments are left
 * alone, so large result sets pay nothing). `_entities` is the gateway's own call, already
 * limited by the service token and by the gateway's batching.
 */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0 || field.name === '_entities') continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const owner = `${type.name}.${field.name}`;
      field.resolve = (source, args, context, info) => {
        checkArguments(field.args, args as Record<string, unknown>, owner);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
