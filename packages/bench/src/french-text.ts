import type { Block, BlockContent, CodeBlock, SimpleBlockContent, Span } from '@weshare/schema'
import type { Random } from './random.ts'

/*
 * French-looking recap text built from real French words and the tech terms our talks use, so that
 * the search index holds a realistic vocabulary: common terms ("kubernetes") hit thousands of talks,
 * a planted rare term hits exactly the talks it was planted in.
 * The word pools are kept packed (`prettier-ignore`): one word per line would make them unreadable.
 */

/**
 * Tech terms, the most frequent first: `techTerm` draws the head of the list a little more often.
 * With ~35 terms drawn per recap, each of them appears in roughly half the talks (Kubernetes in
 * about two thirds), so any of them is a "common term" for the search benchmark.
 */
// prettier-ignore
const TECH_TERMS = [
  'Kubernetes', 'Terraform', 'Kafka', 'GitLab CI', 'Prometheus', 'Grafana', 'Docker', 'Helm', 'ArgoCD', 'Ansible',
  'Vault', 'OpenTelemetry', 'PostgreSQL', 'Elasticsearch', 'Redis', 'Istio', 'Go', 'Rust', 'TypeScript', 'Python',
  'Java', 'Spring Boot', 'Quarkus', 'React', 'Astro', 'GraphQL', 'gRPC', 'Consul', 'Nomad', 'Packer',
  'Loki', 'Tempo', 'Mimir', 'Vector', 'Falco', 'Trivy', 'Cilium', 'eBPF', 'WebAssembly', 'Pulumi',
  'Crossplane', 'Flux', 'Backstage', 'Keycloak', 'RabbitMQ', 'MongoDB', 'ClickHouse', 'Airflow', 'dbt', 'Spark',
  'Scaleway', 'AWS', 'GCP', 'Azure', 'OVHcloud', 'Linux', 'NixOS', 'Podman', 'Wayland', 'Neovim',
] as const

/** Singular noun phrases with their article. */
// prettier-ignore
const NOUNS = [
  "l'observabilité", 'la plateforme', "l'équipe", 'le cluster', 'la production', "l'infrastructure", 'la migration',
  'la supervision', 'la sécurité', 'la fiabilité', 'le déploiement', 'la livraison continue', "l'architecture",
  'la dette technique', 'la documentation', 'le monitoring', "l'astreinte", 'la résilience', 'la latence',
  'la facturation', 'la gouvernance', "l'automatisation", 'le pipeline', 'le registre', 'le réseau', 'le stockage',
  'la base de données', 'le cache', "l'authentification", 'la sauvegarde', 'la restauration', 'le chiffrement',
  'la conformité', "l'expérience développeur", 'la revue de code', 'le découpage', 'le domaine métier',
  "l'événement", 'le message', 'le flux', 'la file', 'le schéma', 'le contrat', "l'interface", 'le service',
  'le microservice', 'le monolithe', "l'API", 'le frontal', 'le navigateur', 'le terminal', "l'éditeur",
  'le poste de travail', "l'environnement", 'la recette', 'la préproduction', "l'incident", 'le post-mortem',
  'la capacité', 'la charge', 'le coût', "l'empreinte carbone", 'la sobriété', 'le modèle', "l'inférence",
  "l'entraînement", 'le jeu de données', 'la requête', "l'index", 'la réplication', 'la partition', 'le quorum',
  'le consensus', 'le secret', 'le certificat', 'le jeton', 'la politique', 'le contrôle', "l'alerte", 'le tableau de bord',
  'la trace', 'le journal', 'la métrique', 'le budget d’erreur', "l'objectif de niveau de service", 'le runbook',
  'le chaos', 'la bascule', 'la reprise', 'le plan de continuité', 'la communauté', 'le projet open source',
  'la contribution', 'la licence', 'la feuille de route', 'le prototype', 'la preuve de concept', 'le retour client',
] as const

/** Plural noun phrases with their article. */
// prettier-ignore
const PLURAL_NOUNS = [
  'les équipes', 'les développeurs', 'les opérateurs', 'les utilisateurs', 'les pods', 'les nœuds', 'les conteneurs',
  'les images', 'les dépendances', 'les modules', 'les manifestes', 'les charts', 'les tags', 'les consommateurs',
  'les producteurs', 'les alertes', 'les métriques', 'les traces', 'les journaux', 'les tableaux de bord',
  'les environnements', 'les pipelines', 'les tests', 'les migrations', 'les sauvegardes', 'les secrets',
  'les droits', 'les rôles', 'les quotas', 'les coûts', 'les incidents', 'les astreintes', 'les services',
  'les requêtes', 'les index', 'les partitions', 'les réplicas', 'les clusters', 'les régions', 'les zones',
  'les fournisseurs', 'les outils', 'les bonnes pratiques', 'les pièges', 'les compromis', 'les chiffres',
  'les retours', 'les questions', 'les démonstrations', 'les ateliers', 'les binômes', 'les squads',
] as const

/** Adjectives that read the same in the masculine and the feminine. */
// prettier-ignore
const ADJECTIVES = [
  'robuste', 'fiable', 'critique', 'moderne', 'simple', 'efficace', 'rapide', 'souple', 'lisible', 'stable',
  'pragmatique', 'durable', 'hybride', 'automatique', 'minimaliste', 'flexible', 'unique', 'complexe',
  'indispensable', 'incontournable', 'économique', 'modulaire', 'reproductible', 'observable', 'élastique',
  'asynchrone', 'portable', 'accessible', 'immuable', 'sobre', 'ergonomique', 'prévisible', 'compatible',
] as const

/** Verbs in the third person, each followed by a noun phrase. */
// prettier-ignore
const VERBS = [
  'simplifie', 'automatise', 'déploie', 'surveille', 'remplace', 'accélère', 'sécurise', 'fiabilise', 'documente',
  'mesure', 'découpe', 'orchestre', 'réduit', 'améliore', 'industrialise', 'standardise', 'teste', 'valide',
  'expose', 'chiffre', 'versionne', 'supervise', 'migre', 'rationalise', 'outille', 'challenge', 'explore',
  'démystifie', 'compare', 'illustre', 'raconte', 'détaille', 'présente', 'décortique', 'met en place',
  'met en lumière', 'remet en question', 'fait évoluer', 'rend visible', 'prend en main',
] as const

/** Subjects of a sentence (third person singular). */
// prettier-ignore
const SUBJECTS = [
  "L'intervenant", "L'intervenante", 'Le speaker', "L'équipe plateforme", 'Notre squad', 'Le projet', 'Ce retour d’expérience',
  'La démonstration', 'Cette approche', 'Le nouvel outil', 'La solution retenue', 'Le prototype', 'Chaque équipe',
  'La communauté', 'Le client', 'La tribu', 'Ce hands-on', 'La première version', 'La migration', 'Le comité technique',
] as const

/** Endings of a sentence. */
// prettier-ignore
const COMPLEMENTS = [
  'en production', 'sans interruption de service', 'au quotidien', 'dès le premier sprint', 'pour toute la tribu',
  'en quelques minutes', 'à grande échelle', 'pour réduire la dette technique', 'sans réécrire le code existant',
  'en moins de deux semaines', 'pour un coût maîtrisé', 'avec une équipe réduite', 'sur plusieurs régions',
  'derrière un simple bouton', 'pendant les astreintes', 'avant chaque mise en production', 'côté développeurs',
  'côté opérations', 'pour les nouveaux arrivants', 'sur un poste de travail classique', 'sans verrouillage fournisseur',
  'dans un contexte bancaire', 'chez un client du secteur public', 'sur un cluster partagé', 'en toute transparence',
] as const

/** Words that open a sentence and tie it to the previous one. */
// prettier-ignore
const CONNECTORS = [
  'Ensuite,', 'Par ailleurs,', 'En pratique,', 'Concrètement,', 'Au final,', 'Pourtant,', 'Du coup,', 'En revanche,',
  'Surtout,', 'Autrement dit,', "D'abord,", 'Enfin,', 'Résultat :', 'Bonne nouvelle :', 'Petit bémol :', 'À noter :',
] as const

/** Headings of recap sections. */
// prettier-ignore
const HEADINGS = [
  'Le contexte', 'Le constat de départ', 'Ce qui a marché', 'Les pièges à éviter', 'Retour sur la migration',
  'Architecture cible', 'Les chiffres clés', 'Questions de la salle', 'Mise en production', 'Ce que l’on retient',
  'Et la suite ?', 'La démo', 'Les limites', 'Pour aller plus loin', 'Sous le capot', 'Le déroulé de l’atelier',
  'Les alternatives', 'Le bilan', 'Pourquoi ce choix ?', 'Premiers pas', 'Un peu d’histoire', 'Les prérequis',
] as const

const TITLE_PATTERNS: ReadonlyArray<(random: Random) => string> = [
  (r) => `${techTerm(r)} en production : ${r.pick(PLURAL_NOUNS)} ${r.pick(COMPLEMENTS)}`,
  (r) => `${capitalize(r.pick(NOUNS))} avec ${techTerm(r)}`,
  (r) => `Retour d'expérience : ${r.pick(NOUNS)} ${r.pick(ADJECTIVES)}`,
  (r) => `${techTerm(r)} ou ${techTerm(r)} ? ${capitalize(r.pick(PLURAL_NOUNS))} ${r.pick(COMPLEMENTS)}`,
  (r) => `Comment ${r.pick(NOUNS)} ${r.pick(VERBS)} ${r.pick(PLURAL_NOUNS)}`,
  (r) => `${techTerm(r)}, ${r.pick(NOUNS)} et nous`,
  (r) => `Démystifier ${r.pick(NOUNS)} ${r.pick(COMPLEMENTS)}`,
]

/** Short shell, YAML or HCL snippets; code blocks make the rendered pages look like real recaps. */
const CODE_SAMPLES: ReadonlyArray<Pick<CodeBlock, 'language' | 'code'>> = [
  { language: 'bash', code: 'kubectl rollout status deployment/api -n production --timeout=120s' },
  { language: 'yaml', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3' },
  { language: 'hcl', code: 'resource "scaleway_k8s_cluster" "main" {\n  name    = "weshare"\n  version = "1.31"\n}' },
  { language: 'bash', code: 'terraform plan -out=plan.tfplan && terraform apply plan.tfplan' },
  {
    language: 'typescript',
    code: "const consumer = kafka.consumer({ groupId: 'recaps' })\nawait consumer.subscribe({ tag: 'talks' })",
  },
]

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A tech term, the head of {@link TECH_TERMS} drawn a little more often than the tail. */
export function techTerm(random: Random): string {
  const index = Math.floor(TECH_TERMS.length * random.next() ** 1.2)
  return TECH_TERMS[Math.min(index, TECH_TERMS.length - 1)] as string
}

/** Words of a text as a reader (and the word count of the recap) sees them. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length
}

function nounPhrase(random: Random): string {
  if (random.chance(0.35)) return `${random.pick(PLURAL_NOUNS)} ${random.pick(ADJECTIVES)}s`
  if (random.chance(0.4)) return `${random.pick(NOUNS)} ${random.pick(ADJECTIVES)}`
  return random.chance(0.5) ? `${random.pick(NOUNS)} de ${techTerm(random)}` : random.pick(NOUNS)
}

/** One sentence of 8 to ~25 words, ending with a full stop. */
function sentence(random: Random): string {
  const parts: string[] = []
  const connector = random.chance(0.3)
  if (connector) parts.push(random.pick(CONNECTORS))
  if (random.chance(0.3)) parts.push(techTerm(random))
  else {
    const subject = random.pick(SUBJECTS)
    parts.push(connector ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject)
  }
  parts.push(random.pick(VERBS), nounPhrase(random))
  if (random.chance(0.5)) parts.push('avec', techTerm(random))
  if (random.chance(0.6)) parts.push(random.pick(COMPLEMENTS))
  if (random.chance(0.35)) parts.push(random.chance(0.5) ? 'et' : 'mais', random.pick(VERBS), nounPhrase(random))
  const text = parts.join(' ')
  const first = text.charAt(0)
  return `${first.toUpperCase()}${text.slice(1)}.`
}

/** A sentence of exactly `words` words (at least 2), to land a recap on its target length. */
function sentenceOf(random: Random, words: number): string {
  let pool: string[] = []
  while (pool.length < words) pool = pool.concat(sentence(random).replace(/\.$/, '').split(' '))
  return `${pool
    .slice(0, words)
    .join(' ')
    .replace(/[,:;]$/, '')}.`
}

export function talkTitle(random: Random): string {
  return random.pick(TITLE_PATTERNS)(random)
}

export function sessionIntroText(random: Random, monthYear: string, talkCount: number): string[] {
  return [
    `Chaque premier lundi du mois, toute la tribu se retrouve pour le WeShare, une journée consacrée au partage. ` +
      `L'édition de ${monthYear} a réuni ${talkCount} talks : quickies, retours d'expérience, tools in action, conférences et hands-on.`,
    `${sentence(random)} ${sentence(random)}`,
  ]
}

/** Builds Portable Text blocks with fresh keys. */
export class BlockWriter {
  private readonly random: Random
  constructor(random: Random) {
    this.random = random
  }

  private key(): string {
    return this.random.hex(12)
  }

  /** A block of plain text; with `inlineCode`, one tech term of it is set in code. */
  block(text: string, options: { style?: Block['style']; listItem?: 'bullet'; inlineCode?: boolean } = {}): Block {
    const span = (spanText: string, marks: string[] = []): Span => ({
      _type: 'span',
      _key: this.key(),
      text: spanText,
      marks,
    })
    let children: Span[] = [span(text)]
    if (options.inlineCode) {
      const term = TECH_TERMS.find((candidate) => text.includes(` ${candidate} `))
      if (term) {
        const at = text.indexOf(` ${term} `) + 1
        children = [span(text.slice(0, at)), span(term.toLowerCase(), ['code']), span(text.slice(at + term.length))]
      }
    }
    return {
      _type: 'block',
      _key: this.key(),
      style: options.style ?? 'normal',
      markDefs: [],
      children,
      ...(options.listItem ? { listItem: options.listItem, level: 1 } : {}),
    }
  }

  simpleBlocks(paragraphs: readonly string[]): SimpleBlockContent {
    return paragraphs.map((text) => {
      const { _type, _key, markDefs, children } = this.block(text)
      return { _type, _key, style: 'normal' as const, markDefs, children }
    })
  }

  codeBlock(): CodeBlock {
    return { _type: 'codeBlock', _key: this.key(), ...this.random.pick(CODE_SAMPLES) }
  }
}

export interface RecapOptions {
  /** Words the recap must hold, headings and list items included. */
  words: number
  /** A sentence that must appear in the recap (a planted rare term). */
  plant?: string
}

/**
 * A talk recap of exactly `options.words` words (give at least 20): an opening paragraph, then
 * sections with an h2 (sometimes an h3 under it), paragraphs, bullet lists and now and then a code block.
 */
export function recapBody(random: Random, options: RecapOptions): BlockContent {
  const writer = new BlockWriter(random)
  const body: BlockContent = []
  let words = 0
  const paragraph = (count: number) => Array.from({ length: count }, () => sentence(random)).join(' ')

  // Pieces are proposed one at a time; the first that would overflow is replaced by a sentence
  // that fills exactly what is left, so every recap lands on its target.
  const add = (pieces: Block[]): boolean => {
    const pieceWords = pieces.reduce(
      (sum, piece) => sum + countWords(piece.children.map((child) => child.text).join('')),
      0,
    )
    if (words + pieceWords <= options.words) {
      body.push(...pieces)
      words += pieceWords
      return true
    }
    const left = options.words - words
    if (left >= 2) body.push(writer.block(sentenceOf(random, left)))
    words += Math.max(left, 0) >= 2 ? left : 0
    return false
  }

  const opening = options.plant ? `${sentence(random)} ${options.plant}` : paragraph(random.int(2, 3))
  if (!add([writer.block(opening)])) return body
  let codeLeft = random.chance(0.2) ? 1 : 0
  for (;;) {
    const heading = random.chance(0.3) ? `${random.pick(HEADINGS)} : ${techTerm(random)}` : random.pick(HEADINGS)
    if (!add([writer.block(heading, { style: 'h2' })])) return body
    if (!add([writer.block(paragraph(random.int(2, 4)), { inlineCode: random.chance(0.25) })])) return body
    if (random.chance(0.45)) {
      const items = Array.from({ length: random.int(3, 5) }, () =>
        writer.block(`${capitalize(nounPhrase(random))} ${random.pick(COMPLEMENTS)} ;`, { listItem: 'bullet' }),
      )
      if (!add(items)) return body
    }
    if (random.chance(0.3)) {
      if (!add([writer.block(capitalize(nounPhrase(random)), { style: 'h3' })])) return body
      if (!add([writer.block(paragraph(random.int(1, 3)))])) return body
    }
    if (codeLeft > 0) {
      body.push(writer.codeBlock())
      codeLeft--
    }
  }
}
