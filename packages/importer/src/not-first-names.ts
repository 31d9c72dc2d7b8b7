/*
 * Capitalised words that can stand where a speaker's first name would, but are not people. Names of the
 * talk's own title and of the known topics are excluded as well, without being listed here
 * (see find-speakers.ts).
 */

/** French (and a few English) words that are capitalised at the start of a sentence. */
export const SENTENCE_WORDS = [
  'À', 'Afin', 'Ainsi', 'Alors', 'Après', 'Au', 'Aujourd', 'Aussi', 'Autant', 'Aux', 'Avant', 'Avec', 'Bien',
  'Bon', 'Bref', 'Car', 'Ce', 'Ceci', 'Cela', 'Celle', 'Celles', 'Celui', 'Cependant', 'Certains', 'Ces', 'Cet',
  'Cette', 'Ceux', 'Chacun', 'Chacune', 'Chaque', 'Chez', 'Comme', 'Comment', 'Concernant', 'Dans', 'De',
  'Depuis', 'Des', 'Désormais', 'Donc', 'Dont', 'Du', 'Durant', 'Elle', 'Elles', 'En', 'Encore', 'Enfin',
  'Ensuite', 'Entre', 'Également', 'Et', 'Finalement', 'Grâce', 'Ici', 'Il', 'Ils', 'Je', 'Jusqu', 'La', 'Le',
  'Les', 'Leur', 'Leurs', 'Lors', 'Lorsque', 'Ma', 'Mais', 'Malgré', 'Me', 'Mes', 'Même', 'Mon', 'Ne', 'Néanmoins', 'Ni',
  'Non', 'Nos', 'Notamment', 'Notre', 'Nous', 'On', 'Or', 'Ou', 'Où', 'Oui', 'Par', 'Parce', 'Parfois',
  'Pendant', 'Plusieurs', 'Plutôt', 'Pour', 'Pourquoi', 'Pourtant', 'Puis', 'Quand', 'Que', 'Quel', 'Quelle',
  'Quelles', 'Quels', 'Qui', 'Quoi', 'Sa', 'Sans', 'Se', 'Selon', 'Ses', 'Si', 'Son', 'Sous', 'Suite', 'Sur',
  'Surtout', 'Toujours', 'Tous', 'Tout', 'Toute', 'Toutes', 'Toutefois', 'Te', 'Très', 'Tu', 'Un', 'Une', 'Vers',
  'Voici', 'Voilà', 'Vos', 'Votre', 'Vous', 'Ça',
  'He', 'She', 'The', 'They', 'This', 'We',
  'Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche',
  'Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Août', 'Septembre', 'Octobre', 'Novembre', 'Décembre',
] as const

/** Products, projects and companies that recaps name as the subject of a sentence. */
export const PRODUCT_NAMES = [
  'Akka', 'Amazon', 'Angular', 'Ansible', 'Antrea', 'Antréa', 'Argo', 'Astro', 'Azure', 'Calico', 'Cilium',
  'Cloudformation', 'Consul', 'Cortex', 'Datadog', 'Docker', 'Falco', 'Flux', 'Git', 'Github', 'Gitlab', 'Go',
  'Google', 'Grafana', 'Hashistack', 'Hashitack', 'Helm', 'Hugging', 'Face', 'Huggingface', 'Hymaïa', 'Intel',
  'Istio', 'Java', 'Jenkins', 'Kafka', 'Kubernetes', 'Linux', 'Livebox', 'Localstack', 'Logstash', 'Microsoft',
  'Mimir', 'Miro', 'Mosh', 'Nomad', 'Optimum', 'Prometheus', 'Pulsar', 'Pulumi', 'Python', 'Rancher', 'React',
  'Rust', 'Sanity', 'Scaleway', 'Terraform', 'Thanos', 'Vault', 'Vector', 'Victoria', 'Vue', 'Wayland', 'Wescale',
  'Boucle', 'Goldie',
] as const
