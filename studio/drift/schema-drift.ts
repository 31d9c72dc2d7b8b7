import { z } from 'zod'

/*
 * Compares the Studio schema, as `sanity schema extract` writes it (schema.json), with the zod
 * schemas of @weshare/schema, field by field, and says in one line per difference which field
 * differs, on which side, and how.
 */

/** A type node of schema.json (the subset of groq-js's TypeNode that schemas use). */
export type StudioNode =
  | { type: 'string'; value?: string }
  | { type: 'number' | 'boolean' | 'null' | 'unknown' }
  | { type: 'object'; attributes: Record<string, StudioAttribute>; rest?: StudioNode }
  | { type: 'array'; of: StudioNode }
  | { type: 'union'; of: StudioNode[] }
  | { type: 'inline'; name: string }

export interface StudioAttribute {
  type: 'objectAttribute'
  value: StudioNode
  optional?: boolean
}

export type StudioSchemaEntry =
  | { name: string; type: 'document'; attributes: Record<string, StudioAttribute> }
  | { name: string; type: 'type'; value: StudioNode }

type JsonSchema = {
  type?: string | string[]
  const?: unknown
  enum?: unknown[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
}

/**
 * Differences that are intended, each with its reason. A key is the Studio type that holds the field
 * (its `_type`: `image`, `block`, `span`, or a document type), a dot and the field, then for a
 * difference of optionality which side is optional: `image.alt (optional in Studio)`. A field of the
 * same name on another type is still compared and reported.
 * Keep this list short: every entry is a place where the Studio and the site disagree on purpose.
 */
export const INTENDED_DIFFERENCES: Record<string, string> = {
  'image.alt (optional in Studio)':
    'alt is required only once an image file is uploaded, which the Studio checks with a custom rule; zod sees only uploaded images.',
  'block.children (optional in Studio)':
    'Sanity always writes a block’s children; the site cannot render a block without them.',
  'span.text (optional in Studio)': 'Sanity always writes a span’s text; the site cannot render a span without it.',
  'image.media': 'Sanity Media Library link on images, unused by the site.',
}

const isSanityBuiltIn = (name: string) => name.startsWith('sanity.') || name.endsWith('.reference') || name === 'slug'

/** Whether a difference on `field` of the Studio type `type` is listed as intended (`note`: which kind, for optionality). */
function intended(type: string, field: string, note?: string): boolean {
  const key = `${type}.${field}`
  return Object.hasOwn(INTENDED_DIFFERENCES, note ? `${key} (${note})` : key)
}

/** The `_type` an object of the Studio schema is stored with (`image`, `block`, `talk`…), or '' when it has none. */
function storedType(attributes: Record<string, StudioAttribute>): string {
  const type = attributes._type?.value
  return type?.type === 'string' && type.value !== undefined ? type.value : ''
}

export class SchemaComparison {
  readonly problems: string[] = []
  private readonly named: Map<string, StudioNode>

  constructor(studio: ReadonlyArray<StudioSchemaEntry>) {
    this.named = new Map(
      studio.map(
        (entry) =>
          [
            entry.name,
            entry.type === 'document' ? { type: 'object', attributes: entry.attributes } : entry.value,
          ] as const,
      ),
    )
  }

  /** Compares one Studio document type with its zod schema. */
  document(name: string, schema: z.ZodType): this {
    const studio = this.named.get(name)
    if (!studio) {
      this.problems.push(
        `${name}: has a zod schema but no Studio type: add studio/schemaTypes/documents/${name}.ts or remove the zod schema.`,
      )
      return this
    }
    this.node(
      name,
      studio,
      z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'inline' }) as JsonSchema,
    )
    return this
  }

  private resolve(node: StudioNode): StudioNode {
    let current = node
    while (current.type === 'inline') {
      const target = this.named.get(current.name)
      if (!target) return current
      current = target
    }
    if (current.type === 'object' && current.rest) {
      const rest = this.resolve(current.rest)
      if (rest.type === 'object') return { type: 'object', attributes: { ...rest.attributes, ...current.attributes } }
    }
    return current
  }

  private node(path: string, raw: StudioNode, zod: JsonSchema): void {
    if (raw.type === 'inline' && isSanityBuiltIn(raw.name)) return
    const studio = this.resolve(raw)
    const zodVariants = zod.anyOf ?? zod.oneOf
    if (studio.type === 'object') {
      const object = zodVariants?.find((variant) => variant.properties) ?? zod
      if (!object.properties) return this.mismatch(path, 'an object', zod)
      this.object(path, studio.attributes, object)
    } else if (studio.type === 'array') {
      if (!zod.items) return this.mismatch(path, 'a list', zod)
      this.array(path, studio.of, zod.items)
    } else if (
      studio.type === 'union' &&
      studio.of.every((member) => member.type === 'string' && member.value !== undefined)
    ) {
      const studioValues = studio.of.map((member) => (member as { value: string }).value)
      if (!zod.enum && zod.const === undefined && !zodVariants) return // a plain string in zod accepts every value
      const zodValues = (
        zod.enum ??
        (zod.const !== undefined ? [zod.const] : zodVariants?.map((variant) => variant.const)) ??
        []
      ).map(String)
      const onlyStudio = studioValues.filter((value) => !zodValues.includes(value))
      const onlyZod = zodValues.filter((value) => !studioValues.includes(value))
      if (onlyStudio.length > 0)
        this.problems.push(`${path}: value(s) ${onlyStudio.join(', ')} offered in the Studio but not accepted by zod.`)
      if (onlyZod.length > 0)
        this.problems.push(`${path}: value(s) ${onlyZod.join(', ')} accepted by zod but not offered in the Studio.`)
    } else if (studio.type === 'string' || studio.type === 'number' || studio.type === 'boolean') {
      const zodType = zod.type ?? (zod.const !== undefined ? typeof zod.const : zod.enum ? 'string' : undefined)
      const expected = studio.type === 'number' ? ['number', 'integer'] : [studio.type]
      if (zodType !== undefined && !expected.some((type) => [zodType].flat().includes(type))) {
        this.problems.push(`${path}: a ${studio.type} in the Studio but a ${String(zodType)} in zod.`)
      }
    }
  }

  private mismatch(path: string, studioKind: string, zod: JsonSchema): void {
    this.problems.push(
      `${path}: ${studioKind} in the Studio but ${JSON.stringify(zod.type ?? 'something else')} in zod.`,
    )
  }

  private object(path: string, attributes: Record<string, StudioAttribute>, zod: JsonSchema): void {
    const zodProperties = zod.properties ?? {}
    const required = new Set(zod.required ?? [])
    const type = storedType(attributes)
    for (const [field, attribute] of Object.entries(attributes)) {
      const fieldPath = `${path}.${field}`
      const zodField = zodProperties[field]
      if (!zodField) {
        if (!intended(type, field)) {
          this.problems.push(
            `${fieldPath}: in the Studio schema but not in the zod schema: add it to packages/schema or remove it from studio/schemaTypes.`,
          )
        }
        continue
      }
      const studioOptional = attribute.optional === true
      const zodOptional = !required.has(field)
      if (
        studioOptional !== zodOptional &&
        !intended(type, field, `${studioOptional ? 'optional' : 'required'} in Studio`)
      ) {
        this.problems.push(
          `${fieldPath}: ${studioOptional ? 'optional' : 'required'} in the Studio but ${zodOptional ? 'optional' : 'required'} in zod: make both the same.`,
        )
      }
      this.node(fieldPath, attribute.value, zodField)
    }
    for (const field of Object.keys(zodProperties)) {
      if (!Object.hasOwn(attributes, field) && !intended(type, field)) {
        this.problems.push(
          `${path}.${field}: in the zod schema but not in the Studio schema: add it to studio/schemaTypes or remove it from packages/schema.`,
        )
      }
    }
  }

  /** Array members are matched by their `_type`: block, image, codeBlock… */
  private array(path: string, of: StudioNode, items: JsonSchema): void {
    const studio = this.resolve(of)
    const studioMembers = studio.type === 'union' ? studio.of.map((member) => this.resolve(member)) : [studio]
    const zodMembers = items.anyOf ?? items.oneOf ?? [items]
    const typeOf = (member: StudioNode) =>
      member.type === 'object'
        ? ((member.attributes._type?.value as { value?: string } | undefined)?.value ?? '')
        : member.type
    const zodTypeOf = (member: JsonSchema) => String(member.properties?._type?.const ?? member.type ?? '')
    if (studioMembers.length === 1 && zodMembers.length === 1) return this.node(`${path}[]`, of, items)
    for (const member of studioMembers) {
      const type = typeOf(member)
      const match = zodMembers.find((candidate) => zodTypeOf(candidate) === type)
      if (!match) this.problems.push(`${path}[${type}]: the Studio allows ${type} items here but zod does not.`)
      else this.node(`${path}[${type}]`, member, match)
    }
    for (const member of zodMembers) {
      const type = zodTypeOf(member)
      if (!studioMembers.some((candidate) => typeOf(candidate) === type)) {
        this.problems.push(`${path}[${type}]: zod accepts ${type} items here but the Studio cannot create them.`)
      }
    }
  }
}
