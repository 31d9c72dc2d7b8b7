/** A tag the importer recognises, and the words that show a talk touches it. */
export interface KnownTag {
  /** Title of the tag document; its slug gives the id (`tag-<slug>`), the same as a tag made in the Studio. */
  title: string
  /** One sentence about the tag, the tag's description. */
  description: string
  /**
   * Words or phrases to look for, accents ignored. Lowercase keywords match in any case; keywords with
   * capitals (acronyms such as "SRE", "IA") match only as written, so "ia" inside a sentence does not count.
   */
  keywords: string[]
}

/**
 * The tags the importer tags talks with, in the order they are listed on a talk. Titles and descriptions
 * are those of the sample dataset (studio/seed/sample.ndjson), so importing into it reuses its tags.
 */
export const KNOWN_TAGS: KnownTag[] = [
  {
    title: 'Terraform',
    description: "L'outil d'infrastructure as code de HashiCorp et son écosystème.",
    keywords: ['terraform', 'terraformer'],
  },
  {
    title: 'Infrastructure as Code',
    description: 'Décrire, versionner et déployer son infrastructure avec du code.',
    keywords: ['infrastructure as code', 'infra as code', 'infra as true code', 'IaC'],
  },
  {
    title: 'Kubernetes',
    description: "L'orchestrateur de conteneurs et tout ce qui gravite autour.",
    keywords: ['kubernetes', 'k8s'],
  },
  {
    title: 'SRE',
    description: 'Le site reliability engineering et la fiabilité des plateformes.',
    keywords: ['SRE', 'site reliability', 'SLO', 'SLOs'],
  },
  { title: 'Kafka', description: "La plateforme de streaming d'évènements et ses usages.", keywords: ['kafka'] },
  {
    title: 'Sécurité',
    description: 'Sécurité des applications, des secrets et des clusters.',
    keywords: ['securite', 'security', 'menaces', 'gestion des secrets'],
  },
  {
    title: 'Observabilité',
    description: 'Logs, métriques et traces pour comprendre ce qui se passe en production.',
    keywords: ['observabilite', 'observability', 'monitoring', 'monitorer', 'grafana'],
  },
  {
    title: 'Métriques',
    description: 'Collecte, stockage et exploitation des métriques.',
    keywords: ['metriques', 'prometheus'],
  },
  {
    title: 'CNCF',
    description: 'La Cloud Native Computing Foundation et les projets de son landscape.',
    keywords: ['CNCF', 'cloud native computing foundation'],
  },
  {
    title: 'IA',
    description: 'Intelligence artificielle et mise en production de modèles.',
    keywords: ['IA', 'AI', 'intelligence artificielle', 'machine learning'],
  },
  {
    title: 'Réseau',
    description: 'Protocoles, connectivité et réseau, du domicile au cluster.',
    keywords: ['reseau', 'reseaux', 'CNI', 'ssh', 'wifi'],
  },
  {
    title: 'Linux',
    description: 'Le système Linux, du poste de travail au serveur.',
    keywords: ['linux', 'X11', 'serveur graphique', 'serveurs graphiques'],
  },
  { title: 'GitOps', description: "Piloter ses déploiements à partir d'un dépôt Git.", keywords: ['gitops'] },
  {
    title: 'Data Mesh',
    description: 'Le Data Mesh : une architecture décentralisée des données.',
    keywords: ['data mesh'],
  },
  {
    title: 'Green IT',
    description: "Mesurer et réduire l'impact environnemental du numérique.",
    keywords: ['green it', 'ACV', 'analyse des cycles de vie', 'empreinte carbone'],
  },
  {
    title: 'DDD / Event Storming',
    description: "Domain-Driven Design et ateliers de modélisation d'un domaine métier.",
    keywords: ['event storming', 'domain-driven design', 'domain driven design', 'DDD'],
  },
  {
    title: 'Docker',
    description: 'Docker et Docker Compose pour construire et exécuter des conteneurs.',
    keywords: ['docker'],
  },
  {
    title: 'Conteneurs',
    description: 'Images, conteneurs et outils pour les construire et les exécuter.',
    keywords: ['conteneur', 'conteneurs', 'conteneurisees', 'containers'],
  },
  {
    title: 'Outillage développeur',
    description: 'Les outils qui facilitent le quotidien des développeurs.',
    keywords: ['visual studio code', 'vs code', 'development containers', 'devcontainer', 'terminal'],
  },
  {
    title: 'Cloud',
    description: 'Services et infrastructures des clouds publics.',
    keywords: ['clouds publics', 'cloud public', 'cloud provider', 'AWS', 'GCP', 'azure'],
  },
  {
    title: 'Open source',
    description: 'Projets libres, communautés et contributions.',
    keywords: ['open source', 'open-source'],
  },
  {
    title: 'HashiCorp',
    description: 'Les outils HashiCorp : Terraform, Vault, Consul, Nomad.',
    keywords: ['hashicorp', 'vault', 'consul', 'nomad'],
  },
  {
    title: 'CI/CD',
    description: 'Intégration et livraison continues.',
    keywords: ['CI/CD', 'CI', 'CD', 'integration continue', 'livraison continue'],
  },
]
